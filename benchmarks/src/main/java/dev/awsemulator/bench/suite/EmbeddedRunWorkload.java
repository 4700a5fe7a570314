package dev.awsemulator.bench.suite;

import dev.awsemulator.bench.BenchSettings;
import dev.awsemulator.bench.Service;
import dev.awsemulator.bench.server.ProcessSample;
import dev.awsemulator.bench.workload.Check;
import dev.awsemulator.bench.workload.Measurement;
import dev.awsemulator.bench.workload.Metric;
import dev.awsemulator.bench.workload.Workload;
import dev.awsemulator.bench.workload.WorkloadContext;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The embedded case of a short run: a fresh test JVM ({@link EmbeddedSuiteMain}, from this module's classpath
 * with default JVM options, as a build tool starts one) runs {@link EmbeddedSuite}'s classes on the JUnit
 * extension, each with an emulator in that JVM. Measures, from starting the process, the wall time and the
 * JVM's CPU to the suite's first answered request and to the suite's end; every test must pass. The JVM is
 * the client and the servers at once, so its CPU is both. Only the emulator has an embedded mode.
 */
public final class EmbeddedRunWorkload implements Workload {

    private static final String NAME = "embedded-run";

    private static final Duration TIMEOUT = Duration.ofMinutes(5);

    private final BenchSettings settings;

    public EmbeddedRunWorkload(BenchSettings settings) {
        this.settings = settings;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String title() {
        return "the JUnit extension in a fresh test JVM (this module's classpath, default JVM options, no class data "
                + "sharing archive): the JUnit Platform's launcher runs " + settings.embeddedClasses()
                + " test classes, each with an emulator of its own, ListQueues before its tests and "
                + EmbeddedSuite.TESTS_PER_CLASS + " tests of short-run's mix with a reset before each; wall time "
                + "and the JVM's CPU (client and servers together) to the first answered request and to the "
                + "suite's end; RSS and threads are the test JVM's at the suite's end; the emulator only, since no peer "
                + "runs embedded in a JVM";
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
    public boolean drivenFromHere() {
        return false;
    }

    @Override
    public Measurement run(WorkloadContext context) throws Exception {
        Path log = context.logDir().resolve(NAME + "-" + System.nanoTime() + ".log");
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), EmbeddedSuiteMain.class.getName(),
                Integer.toString(settings.embeddedClasses()))
                .redirectError(log.toFile());
        long started = System.nanoTime();
        Process process = builder.start();
        CompletableFuture<Void> watchdog = CompletableFuture.runAsync(process::destroyForcibly,
                CompletableFuture.delayedExecutor(TIMEOUT.toNanos(), TimeUnit.NANOSECONDS));
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            String[] firstAnswer = expect(process, out, EmbeddedSuiteMain.FIRST_ANSWER, log);
            double firstAnswerMs = (System.nanoTime() - started) / 1e6;
            String[] done = expect(process, out, EmbeddedSuiteMain.DONE, log);
            double suiteMs = (System.nanoTime() - started) / 1e6;
            ProcessSample atEnd = ProcessSample.of(process.pid());
            process.getOutputStream().close();
            process.waitFor();

            Map<Metric, Double> values = new EnumMap<>(Metric.class);
            values.put(Metric.JVM_FIRST_ANSWER_MS, firstAnswerMs);
            values.put(Metric.JVM_FIRST_ANSWER_CPU_S, Long.parseLong(firstAnswer[1]) / 1e9);
            values.put(Metric.JVM_SUITE_MS, suiteMs);
            values.put(Metric.JVM_SUITE_CPU_S, Long.parseLong(done[1]) / 1e9);
            values.put(Metric.RSS_MB, atEnd.rssMb());
            values.put(Metric.THREADS, (double) atEnd.threads());
            long found = Long.parseLong(done[2]);
            long passed = Long.parseLong(done[3]);
            long failures = Long.parseLong(done[4]);
            long expected = (long) settings.embeddedClasses() * EmbeddedSuite.TESTS_PER_CLASS;
            Check check = Check.of(found == expected && passed == expected && failures == 0,
                    "%d of %d tests passed in %d classes, %d failures%s", passed, expected, settings.embeddedClasses(),
                    failures, failures == 0 ? "" : " (see " + log + ")");
            return new Measurement(NAME, context.target().name(), values, check);
        } finally {
            watchdog.cancel(false);
            process.destroyForcibly();
        }
    }

    /** The fields of the next report line of {@code kind}; other output before it is passed over. */
    private static String[] expect(Process process, BufferedReader out, String kind, Path log)
            throws IOException, InterruptedException {
        String line = out.readLine();
        while (line != null && !line.startsWith(kind + " ")) {
            line = out.readLine();
        }
        if (line == null) {
            throw new IllegalStateException("the test JVM ended before reporting " + kind + " (exit value "
                    + process.waitFor() + "); see " + log);
        }
        return line.split(" ");
    }
}
