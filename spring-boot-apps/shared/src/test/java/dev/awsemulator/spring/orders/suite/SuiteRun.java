package dev.awsemulator.spring.orders.suite;

import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

import java.lang.reflect.Modifier;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

/**
 * A suite of test classes run on a JUnit platform of its own, in the order given by their names, so a test (or
 * the comparison's main) can count what the classes started and how long they took.
 */
public record SuiteRun(long succeeded, List<Throwable> failures, Duration elapsed) {

    public static SuiteRun of(List<Class<?>> classes) {
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                .selectors(classes.stream().map(type -> selectClass(type)).toList())
                .configurationParameter("junit.jupiter.testclass.order.default",
                        "org.junit.jupiter.api.ClassOrderer$ClassName")
                .build();
        SummaryGeneratingListener listener = new SummaryGeneratingListener();
        long start = System.nanoTime();
        LauncherFactory.create().execute(request, listener);
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
        TestExecutionSummary summary = listener.getSummary();
        return new SuiteRun(summary.getTestsSucceededCount(),
                summary.getFailures().stream().map(TestExecutionSummary.Failure::getException).toList(), elapsed);
    }

    /** The nested classes of {@code holder} that are test classes (concrete), by name. */
    public static List<Class<?>> casesOf(Class<?> holder) {
        return Arrays.stream(holder.getDeclaredClasses())
                .filter(type -> !Modifier.isAbstract(type.getModifiers()))
                .<Class<?>>map(type -> type).toList();
    }
}
