package dev.awsemulator.bench.suite;

import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

/**
 * The test JVM of the embedded run, started fresh by {@link EmbeddedRunWorkload}: runs the first {@code N}
 * classes of {@link EmbeddedSuite} (its one argument) through the JUnit Platform's launcher, as a build tool
 * does. Reports on standard output, each line when it happens, the JVM's CPU time so far (utime+stime of
 * every thread): at the suite's first answered request ({@value #FIRST_ANSWER}), and at the suite's end
 * ({@value #DONE}) with the tests found, passed and failed; failures go to standard error. Then it waits
 * until its standard input closes, so that its memory and threads can be read while it is still alive.
 */
public final class EmbeddedSuiteMain {

    static final String FIRST_ANSWER = "first-answer";
    static final String DONE = "done";

    private static final AtomicBoolean ANSWERED = new AtomicBoolean();

    private EmbeddedSuiteMain() {
    }

    public static void main(String[] args) throws IOException {
        int classes = Integer.parseInt(args[0]);
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                .selectors(EmbeddedSuite.CLASSES.subList(0, classes).stream().map(type -> selectClass(type)).toList())
                .build();
        Launcher launcher = LauncherFactory.create();
        SummaryGeneratingListener listener = new SummaryGeneratingListener();
        launcher.execute(request, listener);
        TestExecutionSummary summary = listener.getSummary();
        summary.printFailuresTo(new PrintWriter(System.err, true), 20);
        System.out.println(DONE + " " + cpuNanos() + " " + summary.getTestsFoundCount() + " "
                + summary.getTestsSucceededCount() + " " + summary.getTotalFailureCount());
        System.out.flush();
        System.in.transferTo(OutputStream.nullOutputStream());
    }

    /** Called by the suite after each class's first request was answered; reports the first of them. */
    static void answered() {
        if (ANSWERED.compareAndSet(false, true)) {
            System.out.println(FIRST_ANSWER + " " + cpuNanos());
            System.out.flush();
        }
    }

    private static long cpuNanos() {
        return ProcessHandle.current().info().totalCpuDuration().orElse(Duration.ZERO).toNanos();
    }
}
