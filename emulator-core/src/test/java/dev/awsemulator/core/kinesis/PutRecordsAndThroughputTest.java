package dev.awsemulator.core.kinesis;

import dev.awsemulator.core.kinesis.api.*;
import org.junit.jupiter.api.Test;

import java.math.BigInteger;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import static dev.awsemulator.core.kinesis.KinesisFixture.*;
import static org.assertj.core.api.Assertions.assertThat;

class PutRecordsAndThroughputTest {

    private static List<PutRecordsRequestEntry> entries(int count, int size) {
        return IntStream.range(0, count).mapToObj(i -> new PutRecordsRequestEntry(new byte[size], null, "k" + i)).toList();
    }

    @Test
    void putRecordsAnswersOneEntryPerRecordInOrder() {
        KinesisFixture f = new KinesisFixture();
        f.create("s", 2);
        PutRecordsResult result = f.kinesis.putRecords(CALLER, new PutRecordsRequest(entries(10, 3), "s", null));
        assertThat(result.failedRecordCount()).isZero();
        assertThat(result.records()).hasSize(10).allSatisfy(e -> {
            assertThat(e.sequenceNumber()).hasSize(56);
            assertThat(e.errorCode()).isNull();
        });
    }

    @Test
    void putRecordsLimits() {
        KinesisFixture f = new KinesisFixture();
        f.create("s", 1);
        assertError(() -> f.kinesis.putRecords(CALLER, new PutRecordsRequest(entries(501, 1), "s", null)),
                KinesisError.VALIDATION, null);
        assertError(() -> f.kinesis.putRecords(CALLER, new PutRecordsRequest(List.of(), "s", null)),
                KinesisError.VALIDATION, null);
        assertError(() -> f.kinesis.putRecords(CALLER, new PutRecordsRequest(entries(11, 1024 * 1024), "s", null)),
                KinesisError.INVALID_ARGUMENT, "Records size exceeds 10 MB limit");
        List<PutRecordsRequestEntry> oneBad = new ArrayList<>(entries(3, 1));
        oneBad.set(1, new PutRecordsRequestEntry(new byte[1], null, ""));
        assertError(() -> f.kinesis.putRecords(CALLER, new PutRecordsRequest(oneBad, "s", null)), KinesisError.VALIDATION,
                "1 validation error detected: Value '' at 'records.2.member.partitionKey' failed to satisfy constraint: "
                        + "Member must have length greater than or equal to 1");
        assertThat(f.readAll("s", "shardId-000000000000")).isEmpty();
    }

    @Test
    void writeLimitFailsSingleRecordsInPutRecordsWhenEnabled() {
        KinesisFixture f = new KinesisFixture(KinesisOptions.DEFAULTS.withThroughputLimits(true));
        f.create("s", 1);
        PutRecordsResult first = f.kinesis.putRecords(CALLER, new PutRecordsRequest(entries(500, 1), "s", null));
        PutRecordsResult second = f.kinesis.putRecords(CALLER, new PutRecordsRequest(entries(500, 1), "s", null));
        assertThat(first.failedRecordCount() + second.failedRecordCount()).isZero();
        PutRecordsResult third = f.kinesis.putRecords(CALLER, new PutRecordsRequest(entries(2, 1), "s", null));
        assertThat(third.failedRecordCount()).isEqualTo(2);
        assertThat(third.records().get(0).errorCode()).isEqualTo("ProvisionedThroughputExceededException");
        assertThat(third.records().get(0).errorMessage())
                .isEqualTo("Rate exceeded for shard shardId-000000000000 in stream s under account 000000000000.");
        assertError(() -> f.put("s", "k", "x"), KinesisError.PROVISIONED_THROUGHPUT_EXCEEDED, null);
        f.clock.advance(Duration.ofSeconds(1));
        assertThat(f.put("s", "k", "x").shardId()).isEqualTo("shardId-000000000000");
    }

    @Test
    void byteWriteLimitIsOneMebibytePerSecond() {
        KinesisFixture f = new KinesisFixture(KinesisOptions.DEFAULTS.withThroughputLimits(true));
        f.create("s", 1);
        PutRecordsResult result = f.kinesis.putRecords(CALLER, new PutRecordsRequest(entries(5, 300 * 1024), "s", null));
        assertThat(result.failedRecordCount()).isEqualTo(2);
        assertThat(result.records().get(3).errorCode()).isEqualTo("ProvisionedThroughputExceededException");
    }

    @Test
    void limitsAreOffByDefault() {
        KinesisFixture f = new KinesisFixture();
        f.create("s", 1);
        for (int i = 0; i < 3; i++) {
            assertThat(f.kinesis.putRecords(CALLER, new PutRecordsRequest(entries(500, 1), "s", null))
                    .failedRecordCount()).isZero();
        }
        String iterator = f.iterator("s", "shardId-000000000000", "TRIM_HORIZON", null);
        for (int i = 0; i < 10; i++) {
            f.get(iterator);
        }
    }

    @Test
    void readLimitIsFiveCallsPerSecond() {
        KinesisFixture f = new KinesisFixture(KinesisOptions.DEFAULTS.withThroughputLimits(true));
        f.create("s", 1);
        String iterator = f.iterator("s", "shardId-000000000000", "TRIM_HORIZON", null);
        for (int i = 0; i < 5; i++) {
            f.get(iterator);
        }
        assertError(() -> f.get(iterator), KinesisError.PROVISIONED_THROUGHPUT_EXCEEDED,
                "Rate exceeded for shard shardId-000000000000 in stream s under account 000000000000.");
        f.clock.advance(Duration.ofSeconds(1));
        assertThat(f.get(iterator).records()).isEmpty();
    }

    @Test
    void eightConcurrentWritersOnOneShardLoseNothingAndKeepOrder() throws Exception {
        KinesisFixture f = new KinesisFixture();
        f.create("s", 1);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<List<String>>> futures = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            int writer = t;
            futures.add(pool.submit(() -> {
                start.await();
                List<String> sequenceNumbers = new ArrayList<>();
                for (int batch = 0; batch < 25; batch++) {
                    List<PutRecordsRequestEntry> records = new ArrayList<>();
                    for (int i = 0; i < 20; i++) {
                        records.add(new PutRecordsRequestEntry(bytes(writer + ":" + (batch * 20 + i)), null, "w" + writer));
                    }
                    f.kinesis.putRecords(CALLER, new PutRecordsRequest(records, "s", null)).records()
                            .forEach(r -> sequenceNumbers.add(r.sequenceNumber()));
                }
                return sequenceNumbers;
            }));
        }
        start.countDown();
        List<String> all = new ArrayList<>();
        for (Future<List<String>> future : futures) {
            List<String> own = future.get(30, TimeUnit.SECONDS);
            assertThat(own.stream().map(BigInteger::new).toList()).isSortedAccordingTo(BigInteger::compareTo);
            all.addAll(own);
        }
        pool.shutdown();
        assertThat(all).hasSize(4000).doesNotHaveDuplicates();
        List<String> read = new ArrayList<>();
        String iterator = f.iterator("s", "shardId-000000000000", "TRIM_HORIZON", null);
        GetRecordsResult result;
        do {
            result = f.get(iterator);
            result.records().forEach(r -> read.add(r.sequenceNumber()));
            iterator = result.nextShardIterator();
        } while (!result.records().isEmpty());
        List<String> sorted = new ArrayList<>(all);
        sorted.sort((a, b) -> new BigInteger(a).compareTo(new BigInteger(b)));
        assertThat(read).isEqualTo(sorted);
        for (int writer = 0; writer < 8; writer++) {
            String prefix = writer + ":";
            List<Integer> order = f.readAll("s", "shardId-000000000000").stream().filter(d -> d.startsWith(prefix))
                    .map(d -> Integer.parseInt(d.substring(prefix.length()))).toList();
            List<Integer> expected = new ArrayList<>(order);
            Collections.sort(expected);
            assertThat(order).hasSize(500).isEqualTo(expected);
        }
    }
}
