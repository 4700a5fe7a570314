package dev.awsemulator.bench.kinesis;

import dev.awsemulator.bench.BenchSettings;
import dev.awsemulator.bench.server.ServerProcess;
import dev.awsemulator.bench.workload.Check;
import dev.awsemulator.bench.workload.Failures;
import dev.awsemulator.bench.workload.Measurement;
import dev.awsemulator.bench.workload.Window;
import dev.awsemulator.bench.workload.Windows;
import dev.awsemulator.bench.workload.Workers;
import dev.awsemulator.bench.workload.WorkloadContext;
import org.HdrHistogram.Recorder;
import software.amazon.awssdk.services.kinesis.KinesisClient;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * Replay: a stream of four shards is filled with PutRecords, then one reader per shard reads it from
 * TRIM_HORIZON to the end with GetRecords, again and again. One op = one record read; latency = one
 * GetRecords call (up to 10,000 records). Every pass must read exactly what was written to its shard,
 * in each writer's order.
 */
public final class ReplayWorkload implements KinesisWorkload {

    private static final int SHARDS = 4;

    private final BenchSettings settings;

    public ReplayWorkload(BenchSettings settings) {
        this.settings = settings;
    }

    @Override
    public String name() {
        return "kinesis-replay";
    }

    @Override
    public String title() {
        return String.format("%,d records of %d B on %d shards, written with PutRecords of %d, then read from "
                        + "TRIM_HORIZON by one reader per shard (GetRecords, limit 10,000), over and over; "
                        + "one op = one record read", settings.replayRecords(), RecordData.SIZE, SHARDS, BATCH);
    }

    @Override
    public int rounds() {
        return settings.rounds();
    }

    @Override
    public Measurement run(WorkloadContext context) throws Exception {
        try (ServerProcess server = context.startServer(name());
             KinesisClient kinesis = KinesisClients.sync(context.target(), server.endpoint(), Math.max(SHARDS, settings.sendWorkers()))) {
            String stream = "bench-replay";
            KinesisClients.createActiveStream(kinesis, stream, SHARDS);
            RecordLedger ledger = new RecordLedger(kinesis, stream, BATCH, settings.sendWorkers());
            AtomicLong batchesLeft = new AtomicLong(settings.replayRecords() / BATCH);
            Workers writers = Workers.start("preload", settings.sendWorkers(), () -> {
                if (batchesLeft.getAndDecrement() <= 0) {
                    return false;
                }
                ledger.putBatch();
                return true;
            });
            boolean filled;
            try (writers) {
                filled = writers.awaitDone(settings.backlogDeadline());
            }
            List<String> shardIds = ShardReader.shardIds(kinesis, stream);
            Passes passes = new Passes();
            LongAdder read = new LongAdder();
            Recorder latencies = new Recorder(3);
            AtomicInteger nextShard = new AtomicInteger();
            ThreadLocal<String> shard = ThreadLocal.withInitial(() -> shardIds.get(nextShard.getAndIncrement()));
            Workers readers = Workers.start("reader", shardIds.size(), () -> {
                String shardId = shard.get();
                long[] last = new long[ledger.writers()];
                Arrays.fill(last, -1);
                LongAdder outOfOrder = new LongAdder();
                long count = ShardReader.readAll(kinesis, stream, shardId, record -> {
                    RecordData data = RecordData.decode(record.data());
                    if (data.count() <= last[data.writer()]) {
                        outOfOrder.increment();
                    }
                    last[data.writer()] = data.count();
                    read.increment();
                }, latencies);
                passes.record(shardId, count, ledger.onShard(shardId), outOfOrder.sum());
                return true;
            });
            List<Window> windows;
            try (readers) {
                windows = Windows.measure(server, settings.warmup(), settings.window(), settings.windows(),
                        read::sum, latencies);
            }
            Failures failures = readers.failures();
            Check check = Check.of(filled && passes.allComplete() && failures.count() == 0 && writers.failures().count() == 0,
                    "%,d of %,d written%s; %s; %d errors (first: %s)", ledger.records(), settings.replayRecords(),
                    filled ? "" : " before the deadline of " + settings.backlogDeadline().toSeconds() + " s",
                    passes, failures.count() + writers.failures().count(),
                    failures.count() > 0 ? failures.first() : writers.failures().first());
            return context.measurement(this, windows, check);
        }
    }

    /** Complete passes over a shard, and the first that was not. Thread-safe. */
    private static final class Passes {

        private final LongAdder complete = new LongAdder();
        private final LongAdder incomplete = new LongAdder();
        private volatile String firstIncomplete = "none";

        void record(String shardId, long read, long written, long outOfOrder) {
            if (read == written && outOfOrder == 0) {
                complete.increment();
                return;
            }
            if (incomplete.sum() == 0) {
                firstIncomplete = shardId + ": " + read + " read of " + written + ", " + outOfOrder + " out of order";
            }
            incomplete.increment();
        }

        boolean allComplete() {
            return incomplete.sum() == 0 && complete.sum() > 0;
        }

        @Override
        public String toString() {
            return complete.sum() + " complete passes, " + incomplete.sum() + " incomplete (first: " + firstIncomplete
                    + ")";
        }
    }
}
