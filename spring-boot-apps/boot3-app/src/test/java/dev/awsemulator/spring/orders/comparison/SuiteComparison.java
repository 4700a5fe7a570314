package dev.awsemulator.spring.orders.comparison;

import dev.awsemulator.spring.orders.suite.IntegrationSuite;
import dev.awsemulator.spring.orders.suite.OrderFlow;
import dev.awsemulator.spring.orders.suite.SuiteRun;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The measurement: the same 21-class suite with {@code @EmulatedAws}, with an emulator per class and
 * {@code @DirtiesContext}, and with embedded ElasticMQ per class and {@code @DirtiesContext} (the SQS part),
 * each in a JVM of its own, one after the other in one run. Prints the wall time of the suite and of the whole
 * JVM (context closing at exit included), per class, the contexts and servers started, the lines logged at
 * ERROR, and each way's ratio to {@code @EmulatedAws}. The command is in the README's Spring Boot section.
 */
public final class SuiteComparison {

    private enum Way {
        EMULATED_AWS("@EmulatedAws: shared context and emulator", IntegrationSuite.class, "emulator"),
        EMULATOR_PER_CLASS("emulator per class + @DirtiesContext", PerClassSuite.class, "emulator"),
        ELASTICMQ_PER_CLASS("ElasticMQ per class + @DirtiesContext", PerClassSuite.class, "elasticmq");

        final String title;
        final Class<?> suite;
        final String server;

        Way(String title, Class<?> suite, String server) {
            this.title = title;
            this.suite = suite;
            this.server = server;
        }
    }

    /** What one way's JVM reports, and what its parent saw of it. */
    private record Result(Way way, long suiteMillis, long jvmMillis, int classes, int contexts, int servers,
                          int failures, int errorLines) {
    }

    private static final String RESULT = "RESULT ";

    private SuiteComparison() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        if (args.length == 2 && args[0].equals("--way")) {
            runInThisJvm(Way.valueOf(args[1]));
            return;
        }
        List<Result> results = new ArrayList<>();
        for (Way way : Way.values()) {
            results.add(runInItsOwnJvm(way));
        }
        print(results);
    }

    private static void runInThisJvm(Way way) {
        List<Class<?>> classes = SuiteRun.casesOf(way.suite);
        SuiteRun run = SuiteRun.of(classes);
        run.failures().forEach(Throwable::printStackTrace);
        System.out.println(RESULT + run.elapsed().toMillis() + " " + classes.size() + " " + OrderFlow.CONTEXTS.size()
                + " " + OrderFlow.ENDPOINTS.size() + " " + run.failures().size());
        // As a test JVM ends: the shutdown hooks close the cached contexts, whose containers keep the JVM alive.
        System.exit(0);
    }

    private static Result runInItsOwnJvm(Way way) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        long start = System.nanoTime();
        Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                "-D" + PerClassServer.PROPERTY + "=" + way.server, SuiteComparison.class.getName(), "--way", way.name())
                .redirectErrorStream(true).start();
        String reported = null;
        int errorLines = 0;
        try (BufferedReader output = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = output.readLine(); line != null; line = output.readLine()) {
                if (line.startsWith(RESULT)) {
                    reported = line.substring(RESULT.length());
                } else if (line.contains(" ERROR ")) {
                    errorLines++;
                }
            }
        }
        int exit = process.waitFor();
        long jvmMillis = (System.nanoTime() - start) / 1_000_000;
        if (reported == null || exit != 0) {
            throw new IllegalStateException(way + " did not finish (exit code " + exit + ")");
        }
        String[] field = reported.split(" ");
        return new Result(way, Long.parseLong(field[0]), jvmMillis, Integer.parseInt(field[1]),
                Integer.parseInt(field[2]), Integer.parseInt(field[3]), Integer.parseInt(field[4]), errorLines);
    }

    private static void print(List<Result> results) {
        Result base = results.get(0);
        System.out.println("| way | suite wall time | per class | JVM wall time (with exit) | ÷ @EmulatedAws (suite / JVM) "
                + "| contexts started | servers started | failed tests | lines logged at ERROR |");
        System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        for (Result result : results) {
            System.out.println(String.format(Locale.ROOT, "| %s | %.1f s | %.2f s | %.1f s | %.1f× / %.1f× | %d | %d | %d | %d |",
                    result.way().title, result.suiteMillis() / 1000.0, result.suiteMillis() / 1000.0 / result.classes(),
                    result.jvmMillis() / 1000.0, (double) result.suiteMillis() / base.suiteMillis(),
                    (double) result.jvmMillis() / base.jvmMillis(), result.contexts(), result.servers(),
                    result.failures(), result.errorLines()));
        }
    }
}
