package dev.awsemulator.bench.suite;

import dev.awsemulator.bench.BenchSettings;
import dev.awsemulator.bench.Service;
import dev.awsemulator.bench.client.SdkClients;
import dev.awsemulator.bench.kinesis.KinesisClients;
import dev.awsemulator.bench.server.ProcessSample;
import dev.awsemulator.bench.server.ServerProcess;
import dev.awsemulator.bench.sqs.SqsClients;
import dev.awsemulator.bench.workload.Check;
import dev.awsemulator.bench.workload.Measurement;
import dev.awsemulator.bench.workload.Metric;
import dev.awsemulator.bench.workload.Workload;
import dev.awsemulator.bench.workload.WorkloadContext;
import software.amazon.awssdk.services.kinesis.KinesisClient;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sqs.SqsClient;

import java.util.EnumMap;
import java.util.Map;

/**
 * The cost of a short run, which is what a test suite is: a fresh server, and one client thread running
 * {@link SuiteMix}'s tests one after another until the run's length has passed since the process started.
 * Reports the server's whole CPU time from its start (class loading and the JIT included, which a long
 * benchmark hides), that time per test, the time to its first answer, and how many tests ran. Its targets
 * are those serving SNS, which serve SQS and Kinesis too.
 */
public final class ShortRunWorkload implements Workload {

    private static final ProcessSample NOTHING_YET = new ProcessSample(0, 0, 0);

    private final BenchSettings settings;

    public ShortRunWorkload(BenchSettings settings) {
        this.settings = settings;
    }

    @Override
    public String name() {
        return "short-run";
    }

    @Override
    public String title() {
        return "a fresh server and one client thread running tests for the first " + settings.shortRun().toSeconds()
                + " s from the process's start (each: create a queue, send 3, receive and delete; create a topic, "
                + "subscribe the queue, publish, receive; create a stream, put 2 records, read them back; delete "
                + "all); server CPU for the whole run; one op = one test";
    }

    @Override
    public Service service() {
        return Service.SNS;
    }

    @Override
    public int rounds() {
        return settings.rounds();
    }

    @Override
    public Measurement run(WorkloadContext context) throws Exception {
        long started = System.nanoTime();
        try (ServerProcess server = context.startServer(name());
             SqsClient sqs = SqsClients.sync(server.endpoint(), 1);
             SnsClient sns = SdkClients.configure(SnsClient.builder(), server.endpoint())
                     .httpClientBuilder(SdkClients.blockingHttp(1)).build();
             KinesisClient kinesis = KinesisClients.sync(context.target(), server.endpoint(), 1)) {
            SuiteMix mix = new SuiteMix(sqs, sns, kinesis);
            long end = started + settings.shortRun().toNanos();
            int tests = 0;
            String firstMissing = null;
            int failed = 0;
            while (tests == 0 || System.nanoTime() < end) {
                String missing = mix.runTest(tests++);
                if (missing != null) {
                    failed++;
                    firstMissing = firstMissing == null ? missing : firstMissing;
                }
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            ProcessSample last = server.sample();
            Map<Metric, Double> values = new EnumMap<>(Metric.class);
            values.put(Metric.START_MS, server.startup().toNanos() / 1e6);
            values.put(Metric.THROUGHPUT, tests / seconds);
            double cpuSeconds = last.cpuSecondsSince(NOTHING_YET);
            values.put(Metric.RUN_CPU_S, cpuSeconds);
            values.put(Metric.CPU_PER_1000, cpuSeconds / tests * 1000);
            values.put(Metric.RSS_MB, last.rssMb());
            values.put(Metric.THREADS, (double) last.threads());
            Check check = Check.of(failed == 0, "%d tests in %.1f s, %d incomplete (first: %s)", tests, seconds, failed,
                    firstMissing);
            return new Measurement(name(), context.target().name(), values, check);
        }
    }
}
