package dev.awsemulator.server.kinesis;

import dev.awsemulator.core.common.Caller;
import dev.awsemulator.server.faults.Fault;
import dev.awsemulator.server.faults.FaultRule;
import dev.awsemulator.server.requests.HandledRequest;
import dev.awsemulator.server.testsupport.EmulatorServerExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.kinesis.KinesisClient;
import software.amazon.awssdk.services.kinesis.model.ProvisionedThroughputExceededException;
import software.amazon.awssdk.services.kinesis.model.PutRecordResponse;
import software.amazon.awssdk.services.kinesis.model.PutRecordsRequestEntry;
import software.amazon.awssdk.services.kinesis.model.PutRecordsResponse;
import software.amazon.awssdk.services.kinesis.model.PutRecordsResultEntry;
import software.amazon.awssdk.services.kinesis.model.ShardIteratorType;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Fault rules over Kinesis's protocols, CBOR (the SDK's default) and JSON 1.1 (this package's second run):
 * throttled records of a PutRecords reported in their places, a throttled GetRecords aimed at its stream
 * through the shard iterator, delays on the virtual clock, dropped calls and answers cut off mid-body.
 */
class KinesisFaultsTest {

    @RegisterExtension
    static final EmulatorServerExtension aws = new EmulatorServerExtension();

    private KinesisClient withoutRetries;

    @BeforeEach
    void streams() {
        aws.kinesis().createStream(b -> b.streamName("events").shardCount(1));
        aws.kinesis().createStream(b -> b.streamName("audit").shardCount(1));
        withoutRetries = KinesisClient.builder().endpointOverride(aws.endpoint()).region(Region.US_EAST_1)
                .credentialsProvider(EmulatorServerExtension.credentials())
                .httpClientBuilder(Apache5HttpClient.builder())
                .overrideConfiguration(o -> o.retryStrategy(AwsRetryStrategy.doNotRetry()))
                .build();
    }

    @AfterEach
    void close() {
        withoutRetries.close();
    }

    @Test
    void putRecordsReportsTheChosenRecordsThrottledInTheirPlacesAndWritesTheOthers() {
        FaultRule rule = aws.faults().add(Fault.on("kinesis", "PutRecords").resource("events")
                .failEntriesAt("ProvisionedThroughputExceededException", 0, 2));

        PutRecordsResponse response = aws.kinesis().putRecords(b -> b.streamName("events").records(
                IntStream.range(0, 4).mapToObj(i -> PutRecordsRequestEntry.builder().partitionKey("k")
                        .data(SdkBytes.fromUtf8String("record " + i)).build()).toList()));

        assertThat(response.failedRecordCount()).isEqualTo(2);
        String message = "ProvisionedThroughputExceededException injected by fault rule " + rule.id() + ".";
        assertThat(response.records()).extracting(PutRecordsResultEntry::errorCode, PutRecordsResultEntry::errorMessage)
                .containsExactly(tuple("ProvisionedThroughputExceededException", message), tuple(null, null),
                        tuple("ProvisionedThroughputExceededException", message), tuple(null, null));
        assertThat(response.records().get(1).sequenceNumber()).isNotNull();
        assertThat(response.records().get(3).shardId()).isEqualTo("shardId-000000000000");
        assertThat(stored("events")).containsExactly("record 1", "record 3");
        assertThat(calls("PutRecords")).singleElement().satisfies(call -> {
            assertThat(call.status()).isEqualTo(200);
            assertThat(call.faultRule()).isEqualTo(rule.id());
        });
    }

    @Test
    void aThrottledGetRecordsIsAimedAtItsStreamThroughTheShardIterator() {
        aws.faults().add(Fault.on("kinesis", "GetRecords").resource("events")
                .fail("ProvisionedThroughputExceededException", "Rate exceeded for shard shardId-000000000000"));

        assertThat(withoutRetries.getRecords(b -> b.shardIterator(iterator("audit"))).records()).isEmpty();
        assertThatThrownBy(() -> withoutRetries.getRecords(b -> b.shardIterator(iterator("events"))))
                .isInstanceOfSatisfying(ProvisionedThroughputExceededException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(400);
                    assertThat(e.awsErrorDetails().errorCode()).isEqualTo("ProvisionedThroughputExceededException");
                    assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("Rate exceeded for shard shardId-000000000000");
                });
    }

    @Test
    void theSdksRetriesOutlastAThrottledPutRecord() {
        FaultRule rule = aws.faults().add(Fault.on("kinesis", "PutRecord").times(2)
                .fail("ProvisionedThroughputExceededException"));

        aws.kinesis().putRecord(b -> b.streamName("events").partitionKey("k").data(SdkBytes.fromUtf8String("once")));

        assertThat(stored("events")).containsExactly("once");
        assertThat(calls("PutRecord")).extracting(HandledRequest::status, HandledRequest::faultRule)
                .containsExactly(tuple(400, rule.id()), tuple(400, rule.id()), tuple(200, null));
    }

    @Test
    void aDelayedPutRecordIsWrittenWhenTheVirtualClockPassesTheDelay() throws Exception {
        FaultRule rule = aws.faults().add(Fault.on("kinesis", "PutRecord").delay(Duration.ofSeconds(3)));

        CompletableFuture<PutRecordResponse> put = CompletableFuture.supplyAsync(() -> aws.kinesis().putRecord(b -> b
                .streamName("events").partitionKey("k").data(SdkBytes.fromUtf8String("late"))));
        awaitHits(rule);
        aws.advance(Duration.ofSeconds(2));
        assertThat(stored("events")).as("not written 2 s into the delay").isEmpty();
        aws.advance(Duration.ofSeconds(1));

        assertThat(put.get(10, TimeUnit.SECONDS).sequenceNumber()).isNotNull();
        assertThat(stored("events")).containsExactly("late");
    }

    @Test
    void aDroppedPutRecordIsRetriedByTheSdkAndWrittenOnce() {
        FaultRule rule = aws.faults().add(Fault.on("kinesis", "PutRecord").times(1).dropConnection());

        aws.kinesis().putRecord(b -> b.streamName("events").partitionKey("k").data(SdkBytes.fromUtf8String("once")));

        assertThat(stored("events")).containsExactly("once");
        assertThat(calls("PutRecord")).extracting(HandledRequest::status, HandledRequest::faultRule)
                .containsExactly(tuple(0, rule.id()), tuple(200, null));
    }

    @Test
    void aPutRecordCutOffMidBodyWasWrittenAndItsRetryWritesItAgain() {
        aws.faults().add(Fault.on("kinesis", "PutRecord").times(1).resetMidBody());

        aws.kinesis().putRecord(b -> b.streamName("events").partitionKey("k").data(SdkBytes.fromUtf8String("twice")));

        assertThat(stored("events")).containsExactly("twice", "twice");
    }

    private static String iterator(String stream) {
        return aws.kinesis().getShardIterator(b -> b.streamName(stream).shardId("shardId-000000000000")
                .shardIteratorType(ShardIteratorType.TRIM_HORIZON)).shardIterator();
    }

    private static List<String> stored(String stream) {
        return aws.server().emulator().kinesis().records(new Caller(EmulatorServerExtension.ACCOUNT,
                        EmulatorServerExtension.REGION, aws.endpoint()), stream)
                .get("shardId-000000000000").stream().map(record -> new String(record.data())).toList();
    }

    private static List<HandledRequest> calls(String operation) {
        return aws.requests().stream().filter(call -> call.operation().equals(operation)).toList();
    }

    private static void awaitHits(FaultRule rule) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (rule.hits() == 0) {
            if (System.nanoTime() > deadline) {
                fail("the call never reached the emulator");
            }
            Thread.onSpinWait();
        }
    }
}
