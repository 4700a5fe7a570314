package dev.awsemulator.bench.sqs;

import dev.awsemulator.bench.BenchSettings;
import dev.awsemulator.bench.workload.Workload;

import java.util.List;

/** Every SQS workload, in the order they run. */
public final class SqsWorkloads {

    private SqsWorkloads() {
    }

    public static List<Workload> all(BenchSettings settings) {
        return List.of(
                SendWorkload.single(settings),
                SendWorkload.batch(settings),
                new RoundtripWorkload(settings),
                LongPollWorkload.few(settings),
                LongPollWorkload.many(settings),
                new StartupWorkload(settings),
                new BacklogWorkload(settings));
    }
}
