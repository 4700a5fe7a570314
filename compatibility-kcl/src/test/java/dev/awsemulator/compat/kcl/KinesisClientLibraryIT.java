package dev.awsemulator.compat.kcl;

import dev.awsemulator.compat.kcl.ConsumerWorker.Retrieval;
import dev.awsemulator.compat.kcl.DynamoDbLocal.Lease;
import dev.awsemulator.compat.kcl.RecordLog.Processed;
import dev.awsemulator.compat.kcl.StreamDriver.Written;
import dev.awsemulator.server.testsupport.DevServerProcess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.parallel.ExecutionMode;

import java.math.BigInteger;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Kinesis Client Library 3.x as applications run it, against the dev server as a process: its leases
 * in DynamoDB Local, metrics off. Each test is its own application on its own stream, so the tests run
 * side by side (most of their time is the KCL waiting on real time).
 */
@Execution(ExecutionMode.CONCURRENT)
class KinesisClientLibraryIT {

    private static final int SHARDS = 4;
    private static final int PARTITION_KEYS = 16;
    private static final Duration PROCESSING_BOUND = Duration.ofMinutes(2);

    private static DevServerProcess emulator;
    private static DynamoDbLocal leaseStore;
    private static StreamDriver producer;
    private static FaultRules faults;

    @BeforeAll
    static void start() throws Exception {
        emulator = DevServerProcess.start();
        leaseStore = DynamoDbLocal.startInMemory();
        producer = new StreamDriver(emulator.endpoint());
        faults = new FaultRules(emulator.endpoint());
    }

    @AfterAll
    static void stop() throws Exception {
        producer.close();
        leaseStore.close();
        emulator.stop();
    }

    @ParameterizedTest
    @EnumSource(Retrieval.class)
    void workerProcessesEveryRecordOfFourShardsOnceAndCheckpointsEachShard(Retrieval retrieval) throws Exception {
        Application app = Application.onNewStream("single", retrieval);
        List<Written> written = producer.put(app.stream(), 0, 200, PARTITION_KEYS);
        try (ConsumerWorker worker = app.startWorker("worker-1")) {
            written.addAll(producer.put(app.stream(), 200, 400, PARTITION_KEYS));
            app.log().awaitCheckpointed(data(written), PROCESSING_BOUND);

            assertProcessedOnceInOrderPerKey(app.log(), written);
            assertReadThrough(worker, retrieval);
            assertThat(producer.consumers(app.stream()))
                    .isEqualTo(retrieval == Retrieval.FAN_OUT ? List.of(app.name()) : List.of());
            assertThat(shardsOf(written)).hasSize(SHARDS);
            assertThat(leaseStore.leases(app.name())).isEqualTo(leasesAtLastRecord(written, worker.workerId()));
        }
    }

    /**
     * Two reshards while the worker consumes: 4 to 8 shards (each splits in two), then 8 to 5, which AWS
     * does through splits and merges that leave short-lived shards in the lineage.
     */
    @ParameterizedTest
    @EnumSource(Retrieval.class)
    void reshardWhileConsumingDeliversParentsBeforeChildrenAndLosesNothing(Retrieval retrieval) throws Exception {
        Application app = Application.onNewStream("reshard", retrieval);
        try (ConsumerWorker worker = app.startWorker("worker-1")) {
            List<Written> written = producer.put(app.stream(), 0, 150, PARTITION_KEYS);
            producer.updateShardCount(app.stream(), 2 * SHARDS);
            written.addAll(producer.put(app.stream(), 150, 300, PARTITION_KEYS));
            producer.updateShardCount(app.stream(), SHARDS + 1);
            written.addAll(producer.put(app.stream(), 300, 450, PARTITION_KEYS));
            app.log().awaitCheckpointed(data(written), PROCESSING_BOUND);

            assertProcessedOnceInOrderPerKey(app.log(), written);
            assertReadThrough(worker, retrieval);
            // Closed shards end at SHARD_END; each open one is checkpointed at its last record, if it took any.
            Map<String, Lease> atLastRecord = leasesAtLastRecord(written, worker.workerId());
            Map<String, String> expected = new TreeMap<>();
            producer.shards(app.stream()).forEach((shard, closed) -> expected.put(shard, closed ? "SHARD_END"
                    : atLastRecord.containsKey(shard) ? atLastRecord.get(shard).checkpoint() : "TRIM_HORIZON"));
            assertThat(leaseStore.leases(app.name()).entrySet().stream()
                    .collect(Collectors.toMap(Map.Entry::getKey, entry -> entry.getValue().checkpoint())))
                    .isEqualTo(expected);
        }
    }

    @ParameterizedTest
    @EnumSource(Retrieval.class)
    void secondWorkerTakesOverTheLeasesOfAStoppedWorkerAtItsCheckpoints(Retrieval retrieval) throws Exception {
        Application app = Application.onNewStream("takeover", retrieval);
        List<Written> written = producer.put(app.stream(), 0, 200, PARTITION_KEYS);
        try (ConsumerWorker first = app.startWorker("worker-1")) {
            app.log().awaitCheckpointed(data(written), PROCESSING_BOUND);
            assertThat(leaseStore.leases(app.name())).isEqualTo(leasesAtLastRecord(written, first.workerId()));

            try (ConsumerWorker second = app.startWorker("worker-2")) {
                first.stopGracefully();
                Map<String, Lease> checkpointsAtStop = leaseStore.leases(app.name());
                List<Written> afterStop = producer.put(app.stream(), 200, 400, PARTITION_KEYS);
                written.addAll(afterStop);
                app.log().awaitCheckpointed(data(written), PROCESSING_BOUND);

                assertProcessedOnceInOrderPerKey(app.log(), written);
                assertReadThrough(second, retrieval);
                List<String> newData = data(afterStop);
                assertThat(app.log().processed().stream().filter(p -> newData.contains(p.data())))
                        .allSatisfy(p -> {
                            assertThat(p.worker()).isEqualTo(second.workerId());
                            assertThat(new BigInteger(p.sequenceNumber()))
                                    .isGreaterThan(new BigInteger(checkpointsAtStop.get(p.shardId()).checkpoint()));
                        });
                assertThat(leaseStore.leases(app.name())).isEqualTo(leasesAtLastRecord(written, second.workerId()));
            }
        }
    }

    /**
     * Throttled reads: the stream's next GetRecords calls fail with {@code ProvisionedThroughputExceededException}
     * (injected through the dev server's admin endpoint); the SDK and the KCL back off and retry, and the worker
     * catches up without losing, repeating or reordering a record.
     */
    @Test
    void pollingWorkerBacksOffWhenThrottledAndCatchesUp() throws Exception {
        Application app = Application.onNewStream("throttled", Retrieval.POLLING);
        List<Written> written = producer.put(app.stream(), 0, 200, PARTITION_KEYS);
        String throttle = faults.add("""
                {"service": "kinesis", "operation": "GetRecords", "resource": "%s", "times": 12,
                 "fail": "ProvisionedThroughputExceededException"}""".formatted(app.stream()));
        try (ConsumerWorker worker = app.startWorker("worker-1")) {
            written.addAll(producer.put(app.stream(), 200, 400, PARTITION_KEYS));
            app.log().awaitCheckpointed(data(written), PROCESSING_BOUND);

            assertThat(faults.hits(throttle)).as("every throttled read was retried").isEqualTo(12);
            assertProcessedOnceInOrderPerKey(app.log(), written);
            assertThat(leaseStore.leases(app.name())).isEqualTo(leasesAtLastRecord(written, worker.workerId()));
        }
    }

    /** One test's consumer application: its own stream of four shards, and what its processors record. */
    private record Application(String stream, String name, Retrieval retrieval, RecordLog log) {

        static Application onNewStream(String scenario, Retrieval retrieval) {
            String stream = "kcl-" + scenario + "-" + retrieval;
            producer.createStream(stream, SHARDS);
            return new Application(stream, stream + "-app", retrieval, new RecordLog());
        }

        ConsumerWorker startWorker(String workerId) {
            return ConsumerWorker.start(workerId, stream, name, retrieval, emulator.endpoint(), leaseStore, log);
        }
    }

    /** Polling workers call GetRecords; enhanced fan-out workers SubscribeToShard and never GetRecords. */
    private static void assertReadThrough(ConsumerWorker worker, Retrieval retrieval) {
        switch (retrieval) {
            case POLLING -> assertThat(worker.kinesisOperations()).contains("GetRecords")
                    .doesNotContain("SubscribeToShard");
            case FAN_OUT -> assertThat(worker.kinesisOperations()).contains("SubscribeToShard")
                    .doesNotContain("GetRecords");
        }
    }

    /** Every record was processed exactly once, and each partition key's records in the order they were put. */
    private static void assertProcessedOnceInOrderPerKey(RecordLog log, List<Written> written) {
        assertThat(log.checkpointFailures()).isEmpty();
        List<Processed> processed = log.processed();
        assertThat(processed).extracting(Processed::data).containsExactlyInAnyOrderElementsOf(data(written));
        assertThat(byKey(processed, Processed::partitionKey, Processed::data))
                .isEqualTo(byKey(written, Written::partitionKey, Written::data));
    }

    /** Each shard that took records is held by {@code owner} and checkpointed at its last record. */
    private static Map<String, Lease> leasesAtLastRecord(List<Written> written, String owner) {
        return written.stream().collect(Collectors.toMap(Written::shardId, w -> new Lease(owner, w.sequenceNumber()),
                (a, b) -> new BigInteger(a.checkpoint()).compareTo(new BigInteger(b.checkpoint())) > 0 ? a : b));
    }

    private static <T> Map<String, List<String>> byKey(List<T> records, Function<T, String> key,
                                                      Function<T, String> data) {
        Map<String, List<String>> byKey = new LinkedHashMap<>();
        for (T record : records) {
            byKey.computeIfAbsent(key.apply(record), k -> new ArrayList<>()).add(data.apply(record));
        }
        return byKey;
    }

    private static List<String> data(List<Written> written) {
        return written.stream().map(Written::data).toList();
    }

    private static List<String> shardsOf(List<Written> written) {
        return written.stream().map(Written::shardId).distinct().sorted(Comparator.naturalOrder()).toList();
    }

}
