package dev.awsemulator.bench.kinesis;

import dev.awsemulator.bench.BenchSettings;
import dev.awsemulator.bench.workload.Workload;

import java.util.List;

/** Every Kinesis workload, in the order they run. */
public final class KinesisWorkloads {

    private KinesisWorkloads() {
    }

    public static List<Workload> all(BenchSettings settings) {
        return List.of(
                PutRecordsWorkload.spread(settings),
                PutRecordsWorkload.oneShard(settings),
                new ReplayWorkload(settings),
                new SubscribeWorkload(settings));
    }
}
