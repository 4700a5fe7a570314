package dev.awsemulator.server.sns;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import dev.awsemulator.server.testsupport.EmulatorServerExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static dev.awsemulator.server.testsupport.SnsSignatures.assertSignatureVerifies;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An HTTP subscriber inside the test: it confirms by fetching the SubscribeURL, receives
 * notifications, and verifies every signature with the certificate at SigningCertURL, exactly as a
 * subscriber of real SNS would.
 */
class SnsHttpSubscriberTest {

    @RegisterExtension
    static final EmulatorServerExtension aws = new EmulatorServerExtension();

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private HttpServer subscriber;
    private final BlockingQueue<Received> received = new LinkedBlockingQueue<>();
    private final AtomicInteger failuresToAnswer = new AtomicInteger();

    private record Received(Map<String, List<String>> headers, JsonNode body) {
        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }
    }

    @BeforeEach
    void startSubscriber() throws IOException {
        subscriber = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        subscriber.createContext("/hook", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            // The answer is settled before the test can see the request: a test that sets failuresToAnswer
            // after taking a request from the queue never fails that request itself.
            int status = failuresToAnswer.getAndUpdate(n -> Math.max(0, n - 1)) > 0 ? 500 : 200;
            received.add(new Received(Map.copyOf(exchange.getRequestHeaders()), JSON.readTree(body)));
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        subscriber.start();
    }

    @AfterEach
    void stopSubscriber() {
        subscriber.stop(0);
    }

    @Test
    void subscriberConfirmsReceivesAndVerifiesSignedNotifications() throws Exception {
        String topic = aws.sns().createTopic(b -> b.name("webhooks")).topicArn();

        String pending = aws.sns().subscribe(b -> b.topicArn(topic).protocol("http").endpoint(hookUrl()))
                .subscriptionArn();

        assertThat(pending).isEqualTo("pending confirmation");
        Received confirmation = next();
        assertThat(confirmation.header("x-amz-sns-message-type")).isEqualTo("SubscriptionConfirmation");
        assertThat(confirmation.header("x-amz-sns-subscription-arn")).isNull();
        assertThat(confirmation.header("x-amz-sns-topic-arn")).isEqualTo(topic);
        assertThat(confirmation.body().get("Message").asText())
                .startsWith("You have chosen to subscribe to the topic " + topic);
        assertSignatureVerifies(confirmation.body());

        HttpResponse<String> confirmed = HTTP.send(HttpRequest.newBuilder(
                URI.create(confirmation.body().get("SubscribeURL").asText())).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(confirmed.statusCode()).isEqualTo(200);
        assertThat(confirmed.body()).contains("<ConfirmSubscriptionResult><SubscriptionArn>" + topic + ":");

        aws.sns().publish(b -> b.topicArn(topic).message("hello subscriber").subject("Greeting"));

        Received notification = next();
        assertThat(notification.header("x-amz-sns-message-type")).isEqualTo("Notification");
        assertThat(notification.header("x-amz-sns-subscription-arn")).startsWith(topic + ":");
        assertThat(notification.header("Content-Type")).isEqualTo("text/plain; charset=UTF-8");
        assertThat(notification.header("User-Agent")).isEqualTo("Amazon Simple Notification Service Agent");
        assertThat(notification.body().get("Message").asText()).isEqualTo("hello subscriber");
        assertSignatureVerifies(notification.body());
    }

    @Test
    void signatureVersionTwoUsesSha256() throws Exception {
        String topic = aws.sns().createTopic(b -> b.name("v2-signed").attributes(Map.of("SignatureVersion", "2")))
                .topicArn();
        confirmedSubscription(topic, Map.of());

        aws.sns().publish(b -> b.topicArn(topic).message("sha256"));

        JsonNode body = next().body();
        assertThat(body.get("SignatureVersion").asText()).isEqualTo("2");
        assertSignatureVerifies(body);
    }

    @Test
    void failedDeliveryIsRetriedAfterThePolicyDelayOnVirtualTime() throws Exception {
        String topic = aws.sns().createTopic(b -> b.name("flaky")).topicArn();
        confirmedSubscription(topic, Map.of());
        failuresToAnswer.set(1);

        aws.sns().publish(b -> b.topicArn(topic).message("try again"));

        assertThat(next().body().get("Message").asText()).isEqualTo("try again");
        assertThat(received.poll(300, TimeUnit.MILLISECONDS)).isNull();
        aws.advance(Duration.ofSeconds(20));
        assertThat(next().body().get("Message").asText()).isEqualTo("try again");
    }

    @Test
    void rawDeliveryPostsTheBareMessage() throws Exception {
        String topic = aws.sns().createTopic(b -> b.name("raw-http")).topicArn();
        String arn = confirmedSubscription(topic, Map.of());
        aws.sns().setSubscriptionAttributes(b -> b.subscriptionArn(arn).attributeName("RawMessageDelivery")
                .attributeValue("true"));

        aws.sns().publish(b -> b.topicArn(topic).message("{\"bare\":true}"));

        Received raw = next();
        assertThat(raw.header("x-amz-sns-rawdelivery")).isEqualTo("true");
        assertThat(raw.body().get("bare").asBoolean()).isTrue();
    }

    @Test
    void unsubscribingSendsAnUnsubscribeConfirmation() throws Exception {
        String topic = aws.sns().createTopic(b -> b.name("leaving")).topicArn();
        String arn = confirmedSubscription(topic, Map.of());

        aws.sns().unsubscribe(b -> b.subscriptionArn(arn));

        Received goodbye = next();
        assertThat(goodbye.header("x-amz-sns-message-type")).isEqualTo("UnsubscribeConfirmation");
        assertThat(goodbye.body().get("Message").asText()).startsWith("You have chosen to deactivate subscription " + arn);
        assertSignatureVerifies(goodbye.body());
    }

    private String confirmedSubscription(String topic, Map<String, String> attributes) throws Exception {
        aws.sns().subscribe(b -> b.topicArn(topic).protocol("http").endpoint(hookUrl()).attributes(attributes));
        JsonNode confirmation = next().body();
        return aws.sns().confirmSubscription(b -> b.topicArn(topic).token(confirmation.get("Token").asText()))
                .subscriptionArn();
    }

    private String hookUrl() {
        return "http://127.0.0.1:" + subscriber.getAddress().getPort() + "/hook";
    }

    private Received next() throws InterruptedException {
        Received next = received.poll(10, TimeUnit.SECONDS);
        assertThat(next).as("a request reached the subscriber").isNotNull();
        return next;
    }
}
