package dev.awsemulator.junit.testsupport;

import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

/**
 * Runs fixture classes (static nested classes, which surefire skips) on a JUnit platform of their
 * own, so a test can watch an extension's lifecycle from outside: what started, what was closed.
 */
public final class FixtureRun {

    private final TestExecutionSummary summary;

    private FixtureRun(TestExecutionSummary summary) {
        this.summary = summary;
    }

    public static FixtureRun of(Class<?>... fixtures) {
        return of(Map.of(), fixtures);
    }

    public static FixtureRun of(Map<String, String> configuration, Class<?>... fixtures) {
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                .selectors(Arrays.stream(fixtures).map(fixture -> selectClass(fixture)).toList())
                .configurationParameters(configuration)
                .build();
        Launcher launcher = LauncherFactory.create();
        SummaryGeneratingListener listener = new SummaryGeneratingListener();
        launcher.execute(request, listener);
        return new FixtureRun(listener.getSummary());
    }

    public long succeeded() {
        return summary.getTestsSucceededCount();
    }

    /** Every failure's message, tests and containers alike, with the messages of its causes. */
    public List<String> failures() {
        return summary.getFailures().stream().map(failure -> messages(failure.getException())).toList();
    }

    private static String messages(Throwable failure) {
        StringBuilder text = new StringBuilder();
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            text.append(cause.getMessage()).append(" / ");
        }
        return text.toString();
    }
}
