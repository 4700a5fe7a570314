package dev.awsemulator.bench.kinesis;

import dev.awsemulator.bench.BenchSettings;
import dev.awsemulator.bench.server.ServerProcess;
import dev.awsemulator.bench.workload.Check;
import dev.awsemulator.bench.workload.Measurement;
import dev.awsemulator.bench.workload.Window;
import dev.awsemulator.bench.workload.Windows;
import dev.awsemulator.bench.workload.Workers;
import dev.awsemulator.bench.workload.WorkloadContext;
import org.HdrHistogram.Recorder;
import software.amazon.awssdk.services.kinesis.KinesisClient;

import java.util.List;

/**
 * Writers call PutRecords (500 records of 100 bytes) as fast as they go; one op = one record, latency
 * = one call. Afterwards every shard is read back: every acknowledged record must be there once, and
 * each writer's records in the order it sent them.
 */
public final class PutRecordsWorkload implements KinesisWorkload {

    private final String name;
    private final int shards;
    private final int writers;
    private final BenchSettings settings;

    private PutRecordsWorkload(String name, int shards, int writers, BenchSettings settings) {
        this.name = name;
        this.shards = shards;
        this.writers = writers;
        this.settings = settings;
    }

    /** The throughput case: four shards, as many writers as the send workloads have client threads. */
    public static PutRecordsWorkload spread(BenchSettings settings) {
        return new PutRecordsWorkload("kinesis-put", 4, settings.sendWorkers(), settings);
    }

    /** The ordering case: eight concurrent writers on one shard. */
    public static PutRecordsWorkload oneShard(BenchSettings settings) {
        return new PutRecordsWorkload("kinesis-put-1-shard", 1, 8, settings);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String title() {
        return "PutRecords of " + BATCH + " × " + RecordData.SIZE + " B, " + shards + " shard(s), " + writers
                + " concurrent writers, CBOR (JSON to peers that fail it); then every shard read back from TRIM_HORIZON (nothing lost, "
                + "each writer's order kept); one op = one record";
    }

    @Override
    public int rounds() {
        return settings.rounds();
    }

    @Override
    public Measurement run(WorkloadContext context) throws Exception {
        try (ServerProcess server = context.startServer(name);
             KinesisClient kinesis = KinesisClients.sync(context.target(), server.endpoint(), writers)) {
            String stream = "bench-" + name;
            KinesisClients.createActiveStream(kinesis, stream, shards);
            RecordLedger ledger = new RecordLedger(kinesis, stream, BATCH, writers);
            Recorder latencies = new Recorder(3);
            Workers workers = Workers.start(name, writers, () -> {
                long start = System.nanoTime();
                ledger.putBatch();
                latencies.recordValue((System.nanoTime() - start) / 1000);
                return true;
            });
            List<Window> windows;
            try (workers) {
                windows = Windows.measure(server, settings.warmup(), settings.window(), settings.windows(),
                        ledger::records, latencies);
            }
            ReadBack.Verdict verdict = ReadBack.verify(kinesis, stream, ledger);
            Check check = Check.of(verdict.passed() && workers.failures().count() == 0, "%s; %d errors (first: %s)",
                    verdict.detail(), workers.failures().count(), workers.failures().first());
            return context.measurement(this, windows, check);
        }
    }
}
