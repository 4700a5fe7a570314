package dev.awsemulator.core.kinesis;

import dev.awsemulator.core.kinesis.api.*;
import org.junit.jupiter.api.Test;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import static dev.awsemulator.core.kinesis.KinesisFixture.*;
import static org.assertj.core.api.Assertions.assertThat;

class ShardsAndRecordsTest {

    private final KinesisFixture f = new KinesisFixture();

    @Test
    void overviewShowsEachShardsNewestRecordsOldestFirst() {
        f.create("s", 2);
        List<String> sequenceNumbers = new ArrayList<>();
        for (String data : List.of("one", "two", "three")) {
            sequenceNumbers.add(f.putAt("s", "0", data).sequenceNumber());
        }

        assertThat(f.kinesis.overview(2)).singleElement().satisfies(stream -> {
            assertThat(stream.arn()).isEqualTo(ARN_PREFIX + "s");
            assertThat(stream.status()).isEqualTo("ACTIVE");
            assertThat(stream.shards()).extracting(StreamOverview.ShardOverview::shardId,
                    StreamOverview.ShardOverview::recordCount).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("shardId-000000000000", 3),
                    org.assertj.core.groups.Tuple.tuple("shardId-000000000001", 0));
            assertThat(stream.shards().get(0).latestRecords()).extracting(DataRecord::sequenceNumber, r -> text(r.data()))
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(sequenceNumbers.get(1), "two"),
                            org.assertj.core.groups.Tuple.tuple(sequenceNumbers.get(2), "three"));
        });
    }

    @Test
    void twoShardsSplitTheKeySpaceAsAwsDoes() {
        f.create("s", 2);
        assertThat(f.shards("s")).extracting(Shard::shardId, s -> s.hashKeyRange().startingHashKey(),
                s -> s.hashKeyRange().endingHashKey()).containsExactly(
                org.assertj.core.groups.Tuple.tuple("shardId-000000000000", "0", "170141183460469231731687303715884105727"),
                org.assertj.core.groups.Tuple.tuple("shardId-000000000001", "170141183460469231731687303715884105728",
                        "340282366920938463463374607431768211455"));
    }

    @Test
    void threeShardsSplitTheKeySpaceAsAwsDoes() {
        f.create("s", 3);
        assertThat(f.shards("s")).extracting(s -> s.hashKeyRange().startingHashKey() + "-"
                + s.hashKeyRange().endingHashKey()).containsExactly(
                "0-113427455640312821154458202477256070484",
                "113427455640312821154458202477256070485-226854911280625642308916404954512140969",
                "226854911280625642308916404954512140970-340282366920938463463374607431768211455");
    }

    @Test
    void recordsAreRoutedByTheMd5OfThePartitionKeyOrTheExplicitHashKey() {
        f.create("s", 2);
        // MD5("a") = 0cc175b9c0f1b6a831c399e269772661: below 2^127, so the first shard.
        assertThat(f.put("s", "a", "x").shardId()).isEqualTo("shardId-000000000000");
        // MD5("b") = 92eb5ffee6ae2fec3ad71c777531578f: above 2^127.
        assertThat(f.put("s", "b", "x").shardId()).isEqualTo("shardId-000000000001");
        assertThat(f.putAt("s", "170141183460469231731687303715884105727", "x").shardId())
                .isEqualTo("shardId-000000000000");
        assertThat(f.putAt("s", "170141183460469231731687303715884105728", "x").shardId())
                .isEqualTo("shardId-000000000001");
    }

    @Test
    void sequenceNumbersHave56DigitsAndIncreasePerShard() {
        f.create("s", 1);
        List<BigInteger> numbers = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String sequenceNumber = f.put("s", "k" + i, "d" + i).sequenceNumber();
            assertThat(sequenceNumber).hasSize(56);
            numbers.add(new BigInteger(sequenceNumber));
        }
        assertThat(numbers).isSortedAccordingTo(BigInteger::compareTo).doesNotHaveDuplicates();
        assertThat(f.readAll("s", "shardId-000000000000")).hasSize(20).startsWith("d0", "d1").endsWith("d19");
    }

    @Test
    void explicitHashKeyOutsideTheKeySpaceIsRejected() {
        f.create("s", 1);
        assertError(() -> f.putAt("s", "340282366920938463463374607431768211456", "x"), KinesisError.INVALID_ARGUMENT,
                "Invalid ExplicitHashKey. ExplicitHashKey must be in the range: [0, 2^128-1]. Specified value was "
                        + "340282366920938463463374607431768211456");
        assertError(() -> f.putAt("s", "abc", "x"), KinesisError.VALIDATION, "1 validation error detected: Value 'abc' "
                + "at 'explicitHashKey' failed to satisfy constraint: Member must satisfy regular expression pattern: "
                + "0|([1-9]\\d{0,38})");
        assertThat(f.readAll("s", "shardId-000000000000")).isEmpty();
    }

    @Test
    void sequenceNumberForOrderingYieldsAGreaterNumber() {
        f.create("s", 1);
        String first = f.put("s", "k", "a").sequenceNumber();
        PutRecordResult second = f.kinesis.putRecord(CALLER,
                new PutRecordRequest("s", bytes("b"), "k", null, first, null));
        assertThat(new BigInteger(second.sequenceNumber())).isGreaterThan(new BigInteger(first));
    }

    @Test
    void unknownStreamIsReportedWithAwsText() {
        assertError(() -> f.put("nope", "k", "x"), KinesisError.RESOURCE_NOT_FOUND,
                "Stream nope under account 000000000000 not found.");
        assertError(() -> f.kinesis.describeStreamSummary(CALLER, new StreamRequest(null, ARN_PREFIX + "nope")),
                KinesisError.RESOURCE_NOT_FOUND, "Stream nope under account 000000000000 not found.");
    }

    @Test
    void recordLargerThanTheStreamMaximumIsRejectedUntilTheMaximumIsRaised() {
        f.create("s", 1);
        byte[] big = new byte[1024 * 1024 + 1];
        PutRecordRequest request = new PutRecordRequest("s", big, "k", null, null, null);
        assertError(() -> f.kinesis.putRecord(CALLER, request), KinesisError.VALIDATION, null);
        assertError(() -> f.kinesis.updateMaxRecordSize(CALLER, new UpdateMaxRecordSizeRequest(ARN_PREFIX + "s", 1023)),
                KinesisError.VALIDATION, "1 validation error detected: Value '1023' at 'maxRecordSizeInKiB' failed to "
                        + "satisfy constraint: Member must have value greater than or equal to 1024");
        f.kinesis.updateMaxRecordSize(CALLER, new UpdateMaxRecordSizeRequest(ARN_PREFIX + "s", 2048));
        assertThat(f.kinesis.putRecord(CALLER, request).shardId()).isEqualTo("shardId-000000000000");
    }
}
