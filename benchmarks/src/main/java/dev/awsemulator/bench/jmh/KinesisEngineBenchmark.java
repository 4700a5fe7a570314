package dev.awsemulator.bench.jmh;

import dev.awsemulator.core.Emulator;
import dev.awsemulator.core.common.Caller;
import dev.awsemulator.core.kinesis.KinesisService;
import dev.awsemulator.core.kinesis.api.CreateStreamRequest;
import dev.awsemulator.core.kinesis.api.PutRecordsRequest;
import dev.awsemulator.core.kinesis.api.PutRecordsRequestEntry;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The engine's part of the kinesis-put workload without HTTP: PutRecords of 500 records of 100 bytes
 * to a stream of 4 shards, which keeps every record. A new emulator per iteration keeps the heap from
 * filling up with what earlier iterations wrote.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = "-Xmx2g")
public class KinesisEngineBenchmark {

    private static final int RECORDS = 500;

    private Emulator emulator;
    private KinesisService kinesis;
    private Caller caller;
    private PutRecordsRequest request;

    @Setup(Level.Iteration)
    public void setUp() {
        emulator = Emulator.builder().build();
        kinesis = emulator.kinesis();
        caller = new Caller(Caller.DEFAULT_ACCOUNT, Caller.DEFAULT_REGION, URI.create("http://127.0.0.1:4566"));
        kinesis.createStream(caller, new CreateStreamRequest("jmh", 4, null, null, null, null));
        List<PutRecordsRequestEntry> entries = new ArrayList<>(RECORDS);
        for (int i = 0; i < RECORDS; i++) {
            entries.add(new PutRecordsRequestEntry(new byte[100], null, "partition-key-" + i));
        }
        request = new PutRecordsRequest(entries, "jmh", null);
    }

    @TearDown(Level.Iteration)
    public void tearDown() {
        emulator.close();
    }

    /** One call of 500 records; returns the failed count so the work cannot be optimised away. */
    @Benchmark
    public int putRecords() {
        return kinesis.putRecords(caller, request).failedRecordCount();
    }
}
