package dev.awsemulator.core.kinesis;

import dev.awsemulator.core.kinesis.api.*;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static dev.awsemulator.core.kinesis.KinesisFixture.*;
import static org.assertj.core.api.Assertions.assertThat;

class IteratorsTest {

    private static final String SHARD = "shardId-000000000000";
    private final KinesisFixture f = new KinesisFixture();

    private List<String> data(GetRecordsResult result) {
        return result.records().stream().map(r -> text(r.data())).toList();
    }

    @Test
    void everyIteratorTypeStartsWhereAwsSays() {
        f.create("s", 1);
        String first = f.put("s", "k", "a").sequenceNumber();
        f.clock.advance(Duration.ofSeconds(10));
        f.put("s", "k", "b");
        String latest = f.iterator("s", SHARD, "LATEST", null);
        f.put("s", "k", "c");

        assertThat(data(f.get(f.iterator("s", SHARD, "TRIM_HORIZON", null)))).containsExactly("a", "b", "c");
        assertThat(data(f.get(f.iterator("s", SHARD, "AT_SEQUENCE_NUMBER", first)))).containsExactly("a", "b", "c");
        assertThat(data(f.get(f.iterator("s", SHARD, "AFTER_SEQUENCE_NUMBER", first)))).containsExactly("b", "c");
        assertThat(data(f.get(latest))).containsExactly("c");
        String atTime = f.kinesis.getShardIterator(CALLER, new GetShardIteratorRequest("s", SHARD, "AT_TIMESTAMP",
                null, f.clock.now().minusSeconds(1), null)).shardIterator();
        assertThat(data(f.get(atTime))).containsExactly("b", "c");
    }

    @Test
    void nextIteratorContinuesAndMillisBehindLatestShrinks() {
        f.create("s", 1);
        for (int i = 0; i < 5; i++) {
            f.put("s", "k", "r" + i);
        }
        f.clock.advance(Duration.ofSeconds(3));
        GetRecordsResult page = f.kinesis.getRecords(CALLER,
                new GetRecordsRequest(f.iterator("s", SHARD, "TRIM_HORIZON", null), 2, null));
        assertThat(data(page)).containsExactly("r0", "r1");
        assertThat(page.millisBehindLatest()).isEqualTo(3000L);
        GetRecordsResult rest = f.get(page.nextShardIterator());
        assertThat(data(rest)).containsExactly("r2", "r3", "r4");
        assertThat(rest.millisBehindLatest()).isZero();
        assertThat(rest.nextShardIterator()).isNotNull();
        assertThat(rest.childShards()).isNull();
    }

    @Test
    void iteratorExpiresAfterFiveMinutesWithAwsText() {
        f.create("s", 1);
        String iterator = f.iterator("s", SHARD, "TRIM_HORIZON", null);
        f.clock.advance(Duration.ofMinutes(5));
        assertThat(f.get(iterator).records()).isEmpty();
        f.clock.advance(Duration.ofMillis(1));
        assertError(() -> f.get(iterator), KinesisError.EXPIRED_ITERATOR, "Iterator expired. The iterator was created "
                + "at time Thu Jan 01 00:00:00 UTC 2026 while right now it is Thu Jan 01 00:05:00 UTC 2026 which is "
                + "further in the future than the tolerated delay of 300000 milliseconds.");
    }

    @Test
    void malformedIteratorIsAnInvalidArgument() {
        assertError(() -> f.get("not-an-iterator!"), KinesisError.INVALID_ARGUMENT, "Invalid ShardIterator.");
        assertError(() -> f.get("aGVsbG8="), KinesisError.INVALID_ARGUMENT, "Invalid ShardIterator.");
    }

    @Test
    void iteratorOfADeletedAndRecreatedStreamIsRejected() {
        f.create("s", 1);
        String iterator = f.iterator("s", SHARD, "TRIM_HORIZON", null);
        f.kinesis.deleteStream(CALLER, new DeleteStreamRequest("s", null, null));
        assertError(() -> f.get(iterator), KinesisError.RESOURCE_NOT_FOUND, "Stream s under account 000000000000 not found.");
        f.clock.advance(Duration.ofMillis(1));
        f.create("s", 1);
        assertError(() -> f.get(iterator), KinesisError.INVALID_ARGUMENT, "Invalid ShardIterator.");
    }

    @Test
    void iteratorTypeArgumentsAreValidated() {
        f.create("s", 2);
        String onOtherShard = f.putAt("s", "0", "x").sequenceNumber();
        assertError(() -> f.iterator("s", "shardId-000000000001", "AT_SEQUENCE_NUMBER", onOtherShard),
                KinesisError.INVALID_ARGUMENT, "Invalid StartingSequenceNumber. It encodes shardId-000000000000, while "
                        + "it was used in a call to a shard with shardId-000000000001");
        assertError(() -> f.iterator("s", SHARD, "AT_SEQUENCE_NUMBER", null), KinesisError.INVALID_ARGUMENT,
                "Must either specify (1) AT_SEQUENCE_NUMBER or AFTER_SEQUENCE_NUMBER and StartingSequenceNumber or (2) "
                        + "TRIM_HORIZON or LATEST and no StartingSequenceNumber. Request specified AT_SEQUENCE_NUMBER "
                        + "and no StartingSequenceNumber.");
        assertError(() -> f.iterator("s", SHARD, "AT_TIMESTAMP", null), KinesisError.INVALID_ARGUMENT,
                "Must specify timestampInMillis parameter for iterator of type AT_TIMESTAMP. Current request has no "
                        + "timestamp parameter.");
        assertError(() -> f.iterator("s", "shardId-000000000009", "LATEST", null), KinesisError.RESOURCE_NOT_FOUND,
                "Shard shardId-000000000009 in stream s under account 000000000000 does not exist");
        assertError(() -> f.iterator("s", SHARD, "SOMEWHERE", null), KinesisError.VALIDATION, null);
    }

    @Test
    void getRecordsLimitIsBetweenOneAndTenThousand() {
        f.create("s", 1);
        String iterator = f.iterator("s", SHARD, "TRIM_HORIZON", null);
        assertError(() -> f.kinesis.getRecords(CALLER, new GetRecordsRequest(iterator, 0, null)), KinesisError.VALIDATION,
                "1 validation error detected: Value '0' at 'limit' failed to satisfy constraint: Member must have value "
                        + "greater than or equal to 1");
        assertError(() -> f.kinesis.getRecords(CALLER, new GetRecordsRequest(iterator, 10_001, null)),
                KinesisError.INVALID_ARGUMENT, null);
    }

    @Test
    void retentionTrimsOldRecordsOnTheClock() {
        f.create("s", 1);
        f.put("s", "k", "old");
        f.clock.advance(Duration.ofHours(23));
        f.put("s", "k", "new");
        f.clock.advance(Duration.ofHours(1).plusMillis(1));
        assertThat(f.readAll("s", SHARD)).containsExactly("new");

        f.kinesis.increaseStreamRetentionPeriod(CALLER, new RetentionPeriodRequest("s", 48, null));
        f.clock.advance(Duration.ofHours(24));
        assertThat(f.readAll("s", SHARD)).containsExactly("new");
        f.clock.advance(Duration.ofHours(24));
        assertThat(f.readAll("s", SHARD)).isEmpty();
    }

    @Test
    void retentionChangesAreValidatedWithAwsTexts() {
        f.create("s", 1);
        assertError(() -> f.kinesis.increaseStreamRetentionPeriod(CALLER, new RetentionPeriodRequest("s", 8761, null)),
                KinesisError.INVALID_ARGUMENT, "Maximum allowed retention period is 8760 hours. Requested retention "
                        + "period (8761 hours) is too long.");
        assertError(() -> f.kinesis.decreaseStreamRetentionPeriod(CALLER, new RetentionPeriodRequest("s", 23, null)),
                KinesisError.INVALID_ARGUMENT, "Minimum allowed retention period is 24 hours. Requested retention "
                        + "period (23 hours) is too short.");
        assertError(() -> f.kinesis.decreaseStreamRetentionPeriod(CALLER, new RetentionPeriodRequest("s", 48, null)),
                KinesisError.INVALID_ARGUMENT, "Requested retention period (48 hours) for stream s can not be longer "
                        + "than existing retention period (24 hours). Use IncreaseRetentionPeriod API.");
        f.kinesis.increaseStreamRetentionPeriod(CALLER, new RetentionPeriodRequest("s", 72, null));
        assertError(() -> f.kinesis.increaseStreamRetentionPeriod(CALLER, new RetentionPeriodRequest("s", 48, null)),
                KinesisError.INVALID_ARGUMENT, "Requested retention period (48 hours) for stream s can not be shorter "
                        + "than existing retention period (72 hours). Use DecreaseRetentionPeriod API.");
        assertThat(f.kinesis.describeStreamSummary(CALLER, new StreamRequest("s", null)).streamDescriptionSummary()
                .retentionPeriodHours()).isEqualTo(72);
    }
}
