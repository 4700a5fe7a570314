package dev.awsemulator.junit;

import dev.awsemulator.junit.testsupport.FixtureRun;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.sqs.SqsClient;

import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Lifecycles seen from outside: fixture classes run on their own JUnit platform and record the
 * emulators they saw; afterwards the test checks what was shared, what was fresh and what was closed.
 */
class LifecycleTest {

    @Test
    void aStaticFieldRunsOneEmulatorForTheClassAndClosesItAndItsClientsAfterwards() {
        PerClass.seen.clear();

        FixtureRun run = FixtureRun.of(PerClass.class);

        assertThat(run.failures()).isEmpty();
        assertThat(PerClass.seen).hasSize(2).extracting(Seen::endpoint).containsOnly(PerClass.seen.get(0).endpoint());
        assertThat(isListening(PerClass.seen.get(0).endpoint())).as("port closed after the class").isFalse();
        assertThatThrownBy(() -> PerClass.seen.get(0).sqs().listQueues()).as("client closed with its emulator")
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void anInstanceFieldRunsAFreshEmulatorForEachTest() {
        PerMethod.seen.clear();

        FixtureRun run = FixtureRun.of(PerMethod.class);

        assertThat(run.failures()).isEmpty();
        assertThat(PerMethod.seen).extracting(Seen::endpoint).doesNotHaveDuplicates().hasSize(2);
        assertThat(PerMethod.seen).allSatisfy(seen -> assertThat(isListening(seen.endpoint())).isFalse());
    }

    @Test
    void nestedClassesShareTheOuterEmulatorAndAreResetBeforeEachTest() {
        Outer.seen.clear();

        FixtureRun run = FixtureRun.of(Outer.class);

        assertThat(run.failures()).isEmpty();
        assertThat(run.succeeded()).isEqualTo(3);
        assertThat(Outer.seen).extracting(Seen::endpoint).containsOnly(Outer.seen.get(0).endpoint());
    }

    @Test
    void parallelClassesEachGetTheirOwnEmulator() {
        Parallel.seen.clear();
        Parallel.bothRunning.reset();

        FixtureRun run = FixtureRun.of(Map.of(
                "junit.jupiter.execution.parallel.enabled", "true",
                "junit.jupiter.execution.parallel.mode.classes.default", "concurrent",
                "junit.jupiter.execution.parallel.config.strategy", "fixed",
                "junit.jupiter.execution.parallel.config.fixed.parallelism", "2"), ParallelOne.class, ParallelTwo.class);

        assertThat(run.failures()).as("both classes were running at the same time").isEmpty();
        assertThat(Parallel.seen).extracting(Seen::endpoint).doesNotHaveDuplicates().hasSize(2);
    }

    @Test
    void twoRegisteredEmulatorsMakeInjectionFailNamingBoth() {
        FixtureRun run = FixtureRun.of(Ambiguous.class);

        assertThat(run.failures()).singleElement().asString()
                .contains("more than one emulator is registered", "@AwsEmulatorTest on Ambiguous", "field Ambiguous.other");
    }

    /** JUnit registers an instance field after construction, so constructors cannot see its emulator. */
    @Test
    void anInstanceFieldsEmulatorIsNotOfferedToConstructors() {
        FixtureRun run = FixtureRun.of(InstanceFieldConstructor.class);

        assertThat(run.failures()).singleElement().asString().contains("No ParameterResolver registered");
    }

    @Test
    void theClockIsRefusedClearlyWhenVirtualTimeIsOff() {
        FixtureRun run = FixtureRun.of(NoVirtualTime.class);

        assertThat(run.failures()).hasSize(2).allSatisfy(failure -> assertThat(failure)
                .contains("Virtual time is off", "@AwsEmulatorTest(virtualTime = true)"));
    }

    @Test
    void failOnUnsupportedOperationFailsTheTestThatCalledOne() {
        FixtureRun run = FixtureRun.of(CallsUnsupported.class);

        assertThat(run.succeeded()).isEqualTo(1);
        assertThat(run.failures()).singleElement().asString()
                .contains("operations it does not implement", "sqs NoSuchAction (query)");
    }

    @Test
    void aMissingConfigFileFailsTheClassWithItsName() {
        FixtureRun run = FixtureRun.of(WantsMissingConfig.class);

        assertThat(run.failures()).singleElement().asString()
                .contains("config file emulator-missing.json is neither a classpath resource nor a file");
    }

    record Seen(URI endpoint, SqsClient sqs) {
    }

    private static boolean isListening(URI endpoint) {
        try (Socket socket = new Socket(endpoint.getHost(), endpoint.getPort())) {
            return socket.isConnected();
        } catch (IOException e) {
            return false;
        }
    }

    // ---- fixtures: static nested classes, which surefire does not run by itself ----

    static class PerClass {
        static final List<Seen> seen = new CopyOnWriteArrayList<>();

        @RegisterExtension
        static final AwsEmulatorExtension aws = AwsEmulatorExtension.builder().build();

        @Test
        void one(SqsClient sqs) {
            seen.add(new Seen(aws.endpoint(), sqs));
        }

        @Test
        void two(SqsClient sqs) {
            seen.add(new Seen(aws.endpoint(), sqs));
        }
    }

    static class PerMethod {
        static final List<Seen> seen = new CopyOnWriteArrayList<>();

        @RegisterExtension
        final AwsEmulatorExtension aws = AwsEmulatorExtension.builder().queue("fresh").build();

        @Test
        void one(SqsClient sqs) {
            record(sqs);
        }

        @Test
        void two(SqsClient sqs) {
            record(sqs);
        }

        private void record(SqsClient sqs) {
            seen.add(new Seen(aws.endpoint(), sqs));
            assertThat(aws.inspect().queue("fresh")).isEmpty();
            sqs.sendMessage(b -> b.queueUrl(aws.queueUrl("fresh")).messageBody("only in this test"));
        }
    }

    @AwsEmulatorTest(queues = "shared")
    static class Outer {
        static final List<Seen> seen = new CopyOnWriteArrayList<>();

        @Test
        void outer(AwsEmulator aws, SqsClient sqs) {
            useQueue(aws, sqs);
        }

        @Nested
        class Inner {
            @Test
            void first(AwsEmulator aws, SqsClient sqs) {
                useQueue(aws, sqs);
            }

            @Test
            void second(AwsEmulator aws, SqsClient sqs) {
                useQueue(aws, sqs);
            }
        }

        static void useQueue(AwsEmulator aws, SqsClient sqs) {
            seen.add(new Seen(aws.endpoint(), sqs));
            assertThat(aws.inspect().queue("shared")).as("reset before each test").isEmpty();
            sqs.sendMessage(b -> b.queueUrl(aws.queueUrl("shared")).messageBody("left behind"));
        }
    }

    static class Parallel {
        static final List<Seen> seen = new CopyOnWriteArrayList<>();
        static final CyclicBarrier bothRunning = new CyclicBarrier(2);

        static void meet(AwsEmulator aws, SqsClient sqs) throws Exception {
            seen.add(new Seen(aws.endpoint(), sqs));
            bothRunning.await(30, TimeUnit.SECONDS);
        }
    }

    @AwsEmulatorTest
    static class ParallelOne {
        @Test
        void meet(AwsEmulator aws, SqsClient sqs) throws Exception {
            Parallel.meet(aws, sqs);
        }
    }

    @AwsEmulatorTest
    static class ParallelTwo {
        @Test
        void meet(AwsEmulator aws, SqsClient sqs) throws Exception {
            Parallel.meet(aws, sqs);
        }
    }

    @AwsEmulatorTest
    static class Ambiguous {
        @RegisterExtension
        static final AwsEmulatorExtension other = AwsEmulatorExtension.builder().build();

        @Test
        void wantsAClient(SqsClient sqs) {
            sqs.listQueues();
        }
    }

    static class InstanceFieldConstructor {
        @RegisterExtension
        final AwsEmulatorExtension aws = AwsEmulatorExtension.builder().build();

        InstanceFieldConstructor(SqsClient sqs) {
            sqs.listQueues();
        }

        @Test
        void neverRuns() {
        }
    }

    @AwsEmulatorTest
    static class NoVirtualTime {
        @Test
        void injected(VirtualClock clock) {
            clock.now();
        }

        @Test
        void fromTheHandle(AwsEmulator aws) {
            aws.clock();
        }
    }

    static class CallsUnsupported {
        @RegisterExtension
        static final AwsEmulatorExtension aws = AwsEmulatorExtension.builder().failOnUnsupportedOperation(true).build();

        @Test
        void callsAnOperationTheEmulatorLacks() throws Exception {
            java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                    URI.create(aws.endpoint() + "/?Action=NoSuchAction&Version=2012-11-05")).build(),
                    java.net.http.HttpResponse.BodyHandlers.discarding());
        }

        @Test
        void callsOnlySupportedOperations(SqsClient sqs) {
            sqs.listQueues();
        }
    }

    @AwsEmulatorTest(config = "emulator-missing.json")
    static class WantsMissingConfig {
        @Test
        void neverRuns() {
        }
    }
}
