package dev.awsemulator.spring.orders;

import dev.awsemulator.spring.orders.suite.IntegrationSuite;
import dev.awsemulator.spring.orders.suite.OrderFlow;
import dev.awsemulator.spring.orders.suite.SuiteRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.context.ApplicationContext;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import java.net.URI;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The suite: many classes on one base class share one context and one emulator, and stop without errors. */
@ExtendWith(OutputCaptureExtension.class)
class SharedContextSuiteTest {

    @Test
    void twentyOneClassesStartOneContextAndOneEmulatorAndCloseWithoutAnError(CapturedOutput output) {
        OrderFlow.CONTEXTS.clear();
        OrderFlow.ENDPOINTS.clear();
        List<Class<?>> classes = SuiteRun.casesOf(IntegrationSuite.class);

        SuiteRun run = SuiteRun.of(classes);

        assertThat(run.failures()).isEmpty();
        assertThat(classes).hasSize(21);
        assertThat(run.succeeded()).isEqualTo(21 * 3);
        assertThat(OrderFlow.CONTEXTS).hasSize(1);
        assertThat(OrderFlow.ENDPOINTS).hasSize(1);
        URI emulator = URI.create(OrderFlow.ENDPOINTS.keySet().iterator().next());
        assertThat(Sockets.isListening(emulator)).as("stopped once the dirtied context had closed").isFalse();
        assertThat(output.getAll()).as("logged at ERROR").doesNotContain(" ERROR ");
    }

    @Test
    void aClassAfterDirtiesContextGetsAFreshContextAndEmulator() {
        List<Class<?>> dirtying = List.of(IntegrationSuite.Shared21.class);
        OrderFlow.CONTEXTS.clear();
        SuiteRun.of(dirtying);
        Set<ApplicationContext> first = Set.copyOf(OrderFlow.CONTEXTS);
        OrderFlow.CONTEXTS.clear();
        OrderFlow.ENDPOINTS.clear();

        SuiteRun again = SuiteRun.of(dirtying);

        assertThat(again.failures()).isEmpty();
        assertThat(OrderFlow.CONTEXTS).hasSize(1).doesNotContainAnyElementsOf(first);
        assertThat(Sockets.isListening(URI.create(OrderFlow.ENDPOINTS.keySet().iterator().next()))).isFalse();
    }
}
