package dev.awsemulator.server.sqs;

import dev.awsemulator.server.testsupport.EmulatorServerExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.nio.netty.NettyNioAsyncHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sqs.SqsAsyncClient;
import software.amazon.awssdk.services.sqs.model.ReceiveMessageResponse;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchRequestEntry;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.IntStream;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Long polls through the async SDK client over HTTP, on virtual time. */
class SqsLongPollingTest {

    @RegisterExtension
    static final EmulatorServerExtension aws = new EmulatorServerExtension();

    @Test
    void waitingReceiveReturnsAsSoonAsAMessageIsSent() throws Exception {
        String url = aws.sqs().createQueue(b -> b.queueName("poll")).queueUrl();
        CompletableFuture<ReceiveMessageResponse> waiting =
                aws.sqsAsync().receiveMessage(b -> b.queueUrl(url).waitTimeSeconds(20));
        awaitWaiting(url);
        assertThat(waiting).isNotDone();

        aws.sqs().sendMessage(b -> b.queueUrl(url).messageBody("wake up"));

        assertThat(waiting.get(10, TimeUnit.SECONDS).messages())
                .singleElement().satisfies(message -> assertThat(message.body()).isEqualTo("wake up"));
    }

    @Test
    void waitingReceiveAnswersEmptyWhenTheWaitEnds() throws Exception {
        String url = aws.sqs().createQueue(b -> b.queueName("idle")).queueUrl();
        CompletableFuture<ReceiveMessageResponse> waiting =
                aws.sqsAsync().receiveMessage(b -> b.queueUrl(url).waitTimeSeconds(20));
        awaitWaiting(url);

        aws.advance(Duration.ofSeconds(19));
        assertThat(waiting).isNotDone();
        aws.advance(Duration.ofSeconds(1));

        assertThat(waiting.get(10, TimeUnit.SECONDS).messages()).isEmpty();
    }

    @Test
    void waitingReceiveGetsAMessageWhoseVisibilityTimeoutEnds() throws Exception {
        String url = aws.sqs().createQueue(b -> b.queueName("hidden")).queueUrl();
        aws.sqs().sendMessage(b -> b.queueUrl(url).messageBody("again"));
        aws.sqs().receiveMessage(b -> b.queueUrl(url).visibilityTimeout(10));
        CompletableFuture<ReceiveMessageResponse> waiting =
                aws.sqsAsync().receiveMessage(b -> b.queueUrl(url).waitTimeSeconds(20));
        awaitWaiting(url);

        aws.advance(Duration.ofSeconds(10));

        assertThat(waiting.get(10, TimeUnit.SECONDS).messages()).singleElement()
                .satisfies(message -> assertThat(message.body()).isEqualTo("again"));
    }

    @Test
    void queueWaitTimeAppliesWhenTheRequestNamesNone() throws Exception {
        String url = aws.sqs().createQueue(b -> b.queueName("default-wait")
                .attributesWithStrings(Map.of("ReceiveMessageWaitTimeSeconds", "5"))).queueUrl();
        CompletableFuture<ReceiveMessageResponse> waiting = aws.sqsAsync().receiveMessage(b -> b.queueUrl(url));
        awaitWaiting(url);
        assertThat(waiting).isNotDone();

        aws.advance(Duration.ofSeconds(5));

        assertThat(waiting.get(10, TimeUnit.SECONDS).messages()).isEmpty();
    }

    @Test
    void twoHundredWaitingReceivesHoldNoServerThread() throws Exception {
        int before = serverThreads();
        List<String> urls = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String name = "many-" + i;
            urls.add(aws.sqs().createQueue(b -> b.queueName(name)).queueUrl());
        }
        try (SqsAsyncClient client = SqsAsyncClient.builder()
                .endpointOverride(aws.endpoint())
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("k", "s")))
                .httpClientBuilder(NettyNioAsyncHttpClient.builder().maxConcurrency(250))
                .build()) {
            List<CompletableFuture<ReceiveMessageResponse>> waiting = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                String url = urls.get(i % urls.size());
                waiting.add(client.receiveMessage(b -> b.queueUrl(url).waitTimeSeconds(20)));
            }
            for (String url : urls) {
                awaitWaiters(url, 10);
            }

            assertThat(serverThreads()).isEqualTo(before);

            for (String url : urls) {
                aws.sqs().sendMessageBatch(b -> b.queueUrl(url).entries(
                        IntStream.range(0, 10).mapToObj(n -> SendMessageBatchRequestEntry.builder().id("m" + n).messageBody("b" + n).build())
                                .toList()));
            }
            long delivered = 0;
            for (CompletableFuture<ReceiveMessageResponse> receive : waiting) {
                delivered += receive.get(30, TimeUnit.SECONDS).messages().size();
            }
            assertThat(delivered).isEqualTo(200);
        }
    }

    /** Server threads are Undertow's IO and worker threads; their number is fixed at start. */
    private static int serverThreads() {
        return (int) Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> thread.getName().startsWith("XNIO")).count();
    }

    private static void awaitWaiting(String url) {
        awaitWaiters(url, 1);
    }

    /** Waits (on real time, for the request to cross the network) until the queue has waiting receivers. */
    private static void awaitWaiters(String url, int count) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        String arn = "arn:aws:sqs:" + EmulatorServerExtension.REGION + ":" + EmulatorServerExtension.ACCOUNT + ":"
                + url.substring(url.lastIndexOf('/') + 1);
        while (aws.server().emulator().sqs().waitingReceives(arn) < count) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no waiting receive arrived at " + url);
            }
            LockSupport.parkNanos(100_000);
        }
    }
}
