package dev.awsemulator.server.http;

import dev.awsemulator.server.testsupport.EmulatorServerExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageAttributeValue;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;
import software.amazon.awssdk.services.sqs.model.QueueDoesNotExistException;
import software.amazon.awssdk.services.sqs.model.ReceiveMessageRequest;
import software.amazon.awssdk.services.sqs.model.SqsException;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The endpoints beside the AWS APIs: LocalStack's SQS peek (through an SDK v2 client pointed at it,
 * and as a plain GET), health and reset.
 */
class DeveloperEndpointsTest {

    @RegisterExtension
    static final EmulatorServerExtension aws = new EmulatorServerExtension();

    private static SqsClient peekClient;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    /** An SDK client whose endpoint is the peek endpoint: its ReceiveMessage calls peek. */
    private static synchronized SqsClient peek() {
        if (peekClient == null) {
            peekClient = SqsClient.builder().endpointOverride(URI.create(aws.endpoint() + "/_aws/sqs/messages"))
                    .region(Region.US_EAST_1)
                    .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                    .httpClientBuilder(Apache5HttpClient.builder())
                    .build();
        }
        return peekClient;
    }

    @AfterAll
    static void closeClient() {
        if (peekClient != null) {
            peekClient.close();
        }
    }

    @Test
    void aPeekListsTheMessagesWithTheirAttributesAndChangesNothing() {
        String queue = aws.sqs().createQueue(b -> b.queueName("jobs")).queueUrl();
        aws.sqs().sendMessage(b -> b.queueUrl(queue).messageBody("first").messageAttributes(Map.of("kind",
                MessageAttributeValue.builder().dataType("String").stringValue("test").build())));
        aws.sqs().sendMessage(b -> b.queueUrl(queue).messageBody("second"));

        // The SDK checks the MD5s of bodies and attributes, so a wrong digest fails this call.
        List<Message> peeked = peek().receiveMessage(b -> b.queueUrl(queue)).messages();
        assertThat(peeked).extracting(Message::body).containsExactly("first", "second");
        assertThat(peeked.get(0).messageAttributes().get("kind").stringValue()).isEqualTo("test");
        assertThat(peeked.get(0).attributesAsStrings()).containsEntry("ApproximateReceiveCount", "0")
                .containsKey("SentTimestamp");
        assertThat(peek().receiveMessage(b -> b.queueUrl(queue)).messages()).hasSize(2);

        List<Message> received = aws.sqs().receiveMessage(b -> b.queueUrl(queue).maxNumberOfMessages(10)
                .messageSystemAttributeNames(MessageSystemAttributeName.APPROXIMATE_RECEIVE_COUNT)).messages();
        assertThat(received).extracting(Message::body).containsExactlyInAnyOrder("first", "second");
        assertThat(received).allSatisfy(message -> assertThat(message.attributes())
                .containsEntry(MessageSystemAttributeName.APPROXIMATE_RECEIVE_COUNT, "1"));
    }

    @Test
    void messagesInFlightOrDelayedShowOnlyWhenAskedFor() {
        String queue = aws.sqs().createQueue(b -> b.queueName("jobs")).queueUrl();
        aws.sqs().sendMessage(b -> b.queueUrl(queue).messageBody("in flight"));
        aws.sqs().receiveMessage(b -> b.queueUrl(queue));
        aws.sqs().sendMessage(b -> b.queueUrl(queue).messageBody("delayed").delaySeconds(60));

        assertThat(peek().receiveMessage(b -> b.queueUrl(queue)).messages()).isEmpty();
        assertThat(peek().receiveMessage(withFlag(queue, "ShowInvisible")).messages()).singleElement()
                .satisfies(message -> {
                    assertThat(message.body()).isEqualTo("in flight");
                    assertThat(message.attributesAsStrings()).containsEntry("IsVisible", "false")
                            .containsEntry("ApproximateReceiveCount", "1");
                });
        assertThat(peek().receiveMessage(withFlag(queue, "ShowDelayed")).messages()).singleElement()
                .satisfies(message -> {
                    assertThat(message.body()).isEqualTo("delayed");
                    assertThat(message.attributesAsStrings()).containsEntry("IsDelayed", "true");
                });
    }

    @Test
    void aPeekAtAMissingQueueIsRefusedAsAReceiveWouldBe() {
        assertThatThrownBy(() -> peek().receiveMessage(b -> b.queueUrl(aws.endpoint() + "/000000000000/absent")))
                .isInstanceOfSatisfying(QueueDoesNotExistException.class, e ->
                        assertThat(e.statusCode()).isEqualTo(400));
    }

    @Test
    void thePeekEndpointRefusesEveryOtherOperation() {
        String queue = aws.sqs().createQueue(b -> b.queueName("jobs")).queueUrl();

        assertThatThrownBy(() -> peek().sendMessage(b -> b.queueUrl(queue).messageBody("not here")))
                .isInstanceOfSatisfying(SqsException.class, e -> {
                    assertThat(e.awsErrorDetails().errorCode()).isEqualTo("InvalidRequest");
                    assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("This endpoint only accepts ReceiveMessage calls");
                    assertThat(e.statusCode()).isEqualTo(400);
                });
        assertThat(aws.sqs().receiveMessage(b -> b.queueUrl(queue)).messages()).isEmpty();
    }

    @Test
    void aPlainGetPeeksByQueueUrlOrByPathAndAnswersInXml() throws Exception {
        String queue = aws.sqs().createQueue(b -> b.queueName("jobs")).queueUrl();
        aws.sqs().sendMessage(b -> b.queueUrl(queue).messageBody("hello"));

        HttpResponse<String> byUrl = get("/_aws/sqs/messages?QueueUrl=" + queue);
        HttpResponse<String> byPath = get("/_aws/sqs/messages/us-east-1/000000000000/jobs");

        for (HttpResponse<String> response : List.of(byUrl, byPath)) {
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).startsWith("<ReceiveMessageResponse").contains("<Body>hello</Body>");
        }
        assertThat(aws.sqs().receiveMessage(b -> b.queueUrl(queue)).messages()).hasSize(1);
    }

    @Test
    void healthListsEveryServiceAsRunningAlsoInLocalStacksShape() throws Exception {
        for (String path : List.of("/_emulator/health", "/_localstack/health")) {
            HttpResponse<String> health = get(path);

            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(health.headers().firstValue("Content-Type")).hasValue("application/json");
            assertThat(health.body()).contains("\"services\": {\"sqs\": \"running\", \"sns\": \"running\", "
                    + "\"kinesis\": \"running\", \"mq\": \"running\", \"kafka\": \"running\"}");
        }
    }

    @Test
    void healthShowsTheRetainedMemoryAgainstItsBound() throws Exception {
        long limit = aws.server().emulator().retainedMemory().limit();
        assertThat(get("/_emulator/health").body())
                .contains("\"retainedMemory\": {\"usedBytes\": 0, \"limitBytes\": " + limit + "}");
        String queue = aws.sqs().createQueue(b -> b.queueName("held")).queueUrl();

        aws.sqs().sendMessage(b -> b.queueUrl(queue).messageBody("kept until deleted"));

        long used = aws.server().emulator().retainedMemory().used();
        assertThat(used).isPositive();
        assertThat(get("/_emulator/health").body())
                .contains("\"retainedMemory\": {\"usedBytes\": " + used + ", \"limitBytes\": " + limit + "}");
    }

    @Test
    void aResetEmptiesEveryService() throws Exception {
        aws.sqs().createQueue(b -> b.queueName("jobs"));
        aws.sns().createTopic(b -> b.name("events"));

        HttpResponse<String> reset = HTTP.send(HttpRequest.newBuilder(URI.create(aws.endpoint() + "/_emulator/reset"))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(reset.statusCode()).isEqualTo(200);
        assertThat(aws.sqs().listQueues().queueUrls()).isEmpty();
        assertThat(aws.sns().listTopics().topics()).isEmpty();
    }

    @Test
    void aResetMustBePosted() throws Exception {
        aws.sqs().createQueue(b -> b.queueName("jobs"));

        HttpResponse<String> refused = get("/_emulator/reset");

        assertThat(refused.statusCode()).isEqualTo(405);
        assertThat(refused.headers().firstValue("Allow")).hasValue("POST");
        assertThat(aws.sqs().listQueues().queueUrls()).hasSize(1);
    }

    private static ReceiveMessageRequest withFlag(String queue, String flag) {
        return ReceiveMessageRequest.builder().queueUrl(queue)
                .overrideConfiguration(o -> o.putRawQueryParameter(flag, "true")).build();
    }

    private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(aws.endpoint() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
