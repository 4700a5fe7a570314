package dev.awsemulator.server.kinesis;

import dev.awsemulator.server.testsupport.EmulatorServerExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.kinesis.model.ExpiredIteratorException;
import software.amazon.awssdk.services.kinesis.model.GetRecordsResponse;
import software.amazon.awssdk.services.kinesis.model.InvalidArgumentException;
import software.amazon.awssdk.services.kinesis.model.PutRecordsRequestEntry;
import software.amazon.awssdk.services.kinesis.model.Record;
import software.amazon.awssdk.services.kinesis.model.ShardIteratorType;

import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Writing and reading records through the SDK: blobs, timestamps and sequence numbers on the wire. */
class KinesisRecordsTest {

    @RegisterExtension
    static final EmulatorServerExtension aws = new EmulatorServerExtension();

    @BeforeEach
    void stream() {
        aws.kinesis().createStream(b -> b.streamName("events").shardCount(1));
    }

    @Test
    void recordsComeBackInOrderWithTheirDataKeyAndArrivalTime() {
        Instant sentAt = aws.clock().now();
        List<String> sequences = IntStream.range(0, 5).mapToObj(i -> aws.kinesis().putRecord(b -> b.streamName("events")
                .partitionKey("account-1").data(SdkBytes.fromUtf8String("event " + i))).sequenceNumber()).toList();

        GetRecordsResponse page = aws.kinesis().getRecords(b -> b.shardIterator(iterator(ShardIteratorType.TRIM_HORIZON)));

        assertThat(page.records()).extracting(record -> record.data().asUtf8String())
                .containsExactly("event 0", "event 1", "event 2", "event 3", "event 4");
        assertThat(page.records()).extracting(Record::sequenceNumber).containsExactlyElementsOf(sequences);
        assertThat(sequences).isSortedAccordingTo((a, b) -> new BigInteger(a).compareTo(new BigInteger(b)));
        assertThat(page.records()).allSatisfy(record -> {
            assertThat(record.partitionKey()).isEqualTo("account-1");
            assertThat(record.approximateArrivalTimestamp()).isEqualTo(sentAt);
        });
        assertThat(page.millisBehindLatest()).isZero();
        assertThat(page.nextShardIterator()).isNotNull();
    }

    @Test
    void putRecordsReportsEachRecordAndLatestSeesOnlyNewOnes() {
        String latest = iterator(ShardIteratorType.LATEST);

        var result = aws.kinesis().putRecords(b -> b.streamName("events").records(
                PutRecordsRequestEntry.builder().partitionKey("a").data(SdkBytes.fromUtf8String("one")).build(),
                PutRecordsRequestEntry.builder().partitionKey("b").data(SdkBytes.fromUtf8String("two")).build()));

        assertThat(result.failedRecordCount()).isZero();
        assertThat(result.records()).allSatisfy(entry -> assertThat(entry.shardId()).isEqualTo("shardId-000000000000"));
        assertThat(aws.kinesis().getRecords(b -> b.shardIterator(latest)).records())
                .extracting(record -> record.data().asUtf8String()).containsExactly("one", "two");
    }

    @Test
    void atTimestampStartsAtTheFirstRecordArrivedThen() {
        aws.kinesis().putRecord(b -> b.streamName("events").partitionKey("k").data(SdkBytes.fromUtf8String("old")));
        aws.advance(Duration.ofSeconds(10));
        Instant cut = aws.clock().now();
        aws.kinesis().putRecord(b -> b.streamName("events").partitionKey("k").data(SdkBytes.fromUtf8String("new")));

        String iterator = aws.kinesis().getShardIterator(b -> b.streamName("events").shardId("shardId-000000000000")
                .shardIteratorType(ShardIteratorType.AT_TIMESTAMP).timestamp(cut)).shardIterator();

        assertThat(aws.kinesis().getRecords(b -> b.shardIterator(iterator)).records())
                .extracting(record -> record.data().asUtf8String()).containsExactly("new");
    }

    @Test
    void iteratorsExpireAfterFiveMinutesOfVirtualTime() {
        String iterator = iterator(ShardIteratorType.TRIM_HORIZON);

        aws.advance(Duration.ofMinutes(5).plusSeconds(1));

        assertThatThrownBy(() -> aws.kinesis().getRecords(b -> b.shardIterator(iterator)))
                .isInstanceOfSatisfying(ExpiredIteratorException.class,
                        e -> assertThat(e.awsErrorDetails().errorMessage()).startsWith("Iterator expired."));
    }

    @Test
    void malformedIteratorAndBadLimitAreInvalidArguments() {
        assertThatThrownBy(() -> aws.kinesis().getRecords(b -> b.shardIterator("not-an-iterator")))
                .isInstanceOf(InvalidArgumentException.class);
        String iterator = iterator(ShardIteratorType.TRIM_HORIZON);
        assertThatThrownBy(() -> aws.kinesis().getRecords(b -> b.shardIterator(iterator).limit(10_001)))
                .isInstanceOf(InvalidArgumentException.class);
    }

    private static String iterator(ShardIteratorType type) {
        return aws.kinesis().getShardIterator(b -> b.streamName("events").shardId("shardId-000000000000")
                .shardIteratorType(type)).shardIterator();
    }
}
