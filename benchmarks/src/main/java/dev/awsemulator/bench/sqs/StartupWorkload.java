package dev.awsemulator.bench.sqs;

import dev.awsemulator.bench.BenchSettings;
import dev.awsemulator.bench.server.FirstAnswerProbe;
import dev.awsemulator.bench.server.FreePort;
import dev.awsemulator.bench.server.ProcessSample;
import dev.awsemulator.bench.server.ServerProcess;
import dev.awsemulator.bench.workload.Check;
import dev.awsemulator.bench.workload.Measurement;
import dev.awsemulator.bench.workload.Metric;
import dev.awsemulator.bench.workload.WorkloadContext;

import java.util.EnumMap;
import java.util.Map;

/**
 * From starting the server process to its first successful SQS answer (ListQueues), probed every
 * 2 ms over a bare socket; the median of a few launches. Also the idle server's RSS and threads.
 */
public final class StartupWorkload implements SqsWorkload {

    private final BenchSettings settings;

    public StartupWorkload(BenchSettings settings) {
        this.settings = settings;
    }

    @Override
    public String name() {
        return "startup";
    }

    @Override
    public String title() {
        return "start the process, probe ListQueues every 2 ms until it answers 200; median of "
                + settings.launches() + " launches; RSS and threads when idle";
    }

    @Override
    public boolean drivenFromHere() {
        return false;
    }

    @Override
    public Measurement run(WorkloadContext context) throws InterruptedException {
        FirstAnswerProbe.answers(FreePort.find(), context.target().probedService());
        double[] millis = new double[settings.launches()];
        ProcessSample idle = null;
        for (int i = 0; i < millis.length; i++) {
            try (ServerProcess server = context.startServer(name())) {
                millis[i] = server.startup().toNanos() / 1e6;
                Thread.sleep(500);
                idle = server.sample();
            }
        }
        Map<Metric, Double> values = new EnumMap<>(Metric.class);
        values.put(Metric.START_MS, Measurement.median(millis));
        values.put(Metric.RSS_MB, idle.rssMb());
        values.put(Metric.THREADS, (double) idle.threads());
        Check check = Check.of(true, "%d of %d launches answered", millis.length, millis.length);
        return new Measurement(name(), context.target().name(), values, check);
    }
}
