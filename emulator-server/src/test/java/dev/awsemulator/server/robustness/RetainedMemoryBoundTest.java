package dev.awsemulator.server.robustness;

import dev.awsemulator.server.testsupport.EmulatorServerExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.kinesis.KinesisClient;
import software.amazon.awssdk.services.kinesis.model.LimitExceededException;
import software.amazon.awssdk.services.kinesis.model.PutRecordsRequestEntry;
import software.amazon.awssdk.services.kinesis.model.ShardIteratorType;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sns.model.PublishBatchRequestEntry;
import software.amazon.awssdk.services.sns.model.ThrottledException;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.OverLimitException;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchRequestEntry;

import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A 1 MiB bound on retained messages and records, through the SDK over HTTP: sends, puts and publishes
 * beyond it get AWS's errors and store nothing, and they succeed again once messages are deleted or
 * records expire.
 */
class RetainedMemoryBoundTest {

    private static final long BOUND = 1 << 20;
    /** About 200 KB charged a message: five fill most of the bound, a sixth does not fit. */
    private static final String LARGE = "x".repeat(200_000);

    @RegisterExtension
    static final EmulatorServerExtension server =
            EmulatorServerExtension.withEmulator(emulator -> emulator.maxRetainedBytes(BOUND));
    private static SqsClient sqs;
    private static SnsClient sns;
    private static KinesisClient kinesis;

    /** No retries: the throttling errors would otherwise be retried with backoff before the test sees them. */
    @BeforeAll
    static void clients() {
        ClientOverrideConfiguration once = ClientOverrideConfiguration.builder()
                .retryStrategy(AwsRetryStrategy.doNotRetry()).build();
        sqs = server.sqs();
        sns = SnsClient.builder().endpointOverride(server.endpoint()).region(Region.US_EAST_1)
                .credentialsProvider(EmulatorServerExtension.credentials()).overrideConfiguration(once).build();
        kinesis = KinesisClient.builder().endpointOverride(server.endpoint()).region(Region.US_EAST_1)
                .credentialsProvider(EmulatorServerExtension.credentials()).overrideConfiguration(once).build();
    }

    @AfterAll
    static void closeClients() {
        sns.close();
        kinesis.close();
    }

    /** A queue holding five large messages: the bound has room for no sixth. */
    private static String fullQueue() {
        String queue = sqs.createQueue(b -> b.queueName("q")).queueUrl();
        for (int i = 0; i < 5; i++) {
            sqs.sendMessage(b -> b.queueUrl(queue).messageBody(LARGE));
        }
        return queue;
    }

    private static String approximateNumberOfMessages(String queue) {
        return sqs.getQueueAttributes(b -> b.queueUrl(queue).attributeNames(
                QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES)).attributes()
                .get(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES);
    }

    @Test
    void sendsBeyondTheBoundAreOverLimitUntilAMessageIsDeleted() {
        String queue = fullQueue();

        assertThatThrownBy(() -> sqs.sendMessage(b -> b.queueUrl(queue).messageBody(LARGE)))
                .isInstanceOfSatisfying(OverLimitException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(403);
                    assertThat(e.awsErrorDetails().errorCode()).isEqualTo("OverLimit");
                    assertThat(e.awsErrorDetails().errorMessage()).contains("--max-retained-bytes",
                            "EMULATOR_MAX_RETAINED_BYTES", "of " + BOUND + " bytes");
                });
        assertThatThrownBy(() -> sqs.sendMessageBatch(b -> b.queueUrl(queue).entries(
                SendMessageBatchRequestEntry.builder().id("a").messageBody("small").build(),
                SendMessageBatchRequestEntry.builder().id("b").messageBody(LARGE).build())))
                .isInstanceOfSatisfying(OverLimitException.class, e -> assertThat(e.statusCode()).isEqualTo(403));
        assertThat(approximateNumberOfMessages(queue)).as("the refused batch stored not even its small entry")
                .isEqualTo("5");

        Message received = sqs.receiveMessage(b -> b.queueUrl(queue)).messages().get(0);
        sqs.deleteMessage(b -> b.queueUrl(queue).receiptHandle(received.receiptHandle()));
        sqs.sendMessage(b -> b.queueUrl(queue).messageBody(LARGE));
        assertThat(approximateNumberOfMessages(queue)).isEqualTo("5");
    }

    @Test
    void queryClientsGetOverLimitInTheErrorResponseShape() throws Exception {
        String queue = fullQueue();

        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(server.endpoint())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("Action=SendMessage&QueueUrl="
                        + URLEncoder.encode(queue, StandardCharsets.UTF_8) + "&MessageBody=" + LARGE)).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).matches("<ErrorResponse xmlns=\"http://queue.amazonaws.com/doc/2012-11-05/\">"
                + "<Error><Type>Sender</Type><Code>OverLimit</Code><Message>The emulator's bound on retained memory "
                + "is reached: .+</Message><Detail/></Error><RequestId>[0-9a-f-]{36}</RequestId></ErrorResponse>");
        assertThat(approximateNumberOfMessages(queue)).isEqualTo("5");
    }

    @Test
    void putsBeyondTheBoundAreRefusedWholeUntilRecordsExpire() {
        kinesis.createStream(b -> b.streamName("s").shardCount(1));
        SdkBytes data = SdkBytes.fromByteArray(new byte[400_000]);
        kinesis.putRecords(b -> b.streamName("s").records(
                PutRecordsRequestEntry.builder().partitionKey("a").data(data).build(),
                PutRecordsRequestEntry.builder().partitionKey("b").data(data).build()));

        assertThatThrownBy(() -> kinesis.putRecords(b -> b.streamName("s").records(
                PutRecordsRequestEntry.builder().partitionKey("c").data(SdkBytes.fromUtf8String("small")).build(),
                PutRecordsRequestEntry.builder().partitionKey("d").data(data).build())))
                .isInstanceOfSatisfying(LimitExceededException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(400);
                    assertThat(e.awsErrorDetails().errorCode()).isEqualTo("LimitExceededException");
                    assertThat(e.awsErrorDetails().errorMessage()).contains("--max-retained-bytes");
                });
        assertThatThrownBy(() -> kinesis.putRecord(b -> b.streamName("s").partitionKey("e").data(data)))
                .isInstanceOf(LimitExceededException.class);
        assertThat(recordsFromTrimHorizon()).extracting(record -> record.partitionKey()).containsExactly("a", "b");

        server.advance(Duration.ofHours(24).plusSeconds(1));
        kinesis.putRecord(b -> b.streamName("s").partitionKey("f").data(data));
        kinesis.putRecord(b -> b.streamName("s").partitionKey("g").data(data));
        assertThat(recordsFromTrimHorizon()).extracting(record -> record.partitionKey()).containsExactly("f", "g");
    }

    private static List<software.amazon.awssdk.services.kinesis.model.Record> recordsFromTrimHorizon() {
        String shard = kinesis.listShards(b -> b.streamName("s")).shards().get(0).shardId();
        String iterator = kinesis.getShardIterator(b -> b.streamName("s").shardId(shard)
                .shardIteratorType(ShardIteratorType.TRIM_HORIZON)).shardIterator();
        return kinesis.getRecords(b -> b.shardIterator(iterator)).records();
    }

    @Test
    void publishWhileTheBoundIsReachedIsThrottled() {
        String queue = fullQueue();
        String queueArn = sqs.getQueueAttributes(b -> b.queueUrl(queue).attributeNames(QueueAttributeName.QUEUE_ARN))
                .attributes().get(QueueAttributeName.QUEUE_ARN);
        String topic = sns.createTopic(b -> b.name("t")).topicArn();
        sns.subscribe(b -> b.topicArn(topic).protocol("sqs").endpoint(queueArn));

        assertThatThrownBy(() -> sns.publish(b -> b.topicArn(topic).message(LARGE)))
                .isInstanceOfSatisfying(ThrottledException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(429);
                    assertThat(e.awsErrorDetails().errorCode()).isEqualTo("Throttled");
                    assertThat(e.isThrottlingException()).as("the SDK retries it with backoff").isTrue();
                });
        assertThatThrownBy(() -> sns.publishBatch(b -> b.topicArn(topic).publishBatchRequestEntries(
                PublishBatchRequestEntry.builder().id("a").message(LARGE).build())))
                .isInstanceOf(ThrottledException.class);
        assertThat(approximateNumberOfMessages(queue)).isEqualTo("5");
        assertThat(server.server().emulator().sns().publishedMessages()).isEmpty();
    }
}
