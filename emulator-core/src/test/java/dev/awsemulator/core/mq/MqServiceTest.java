package dev.awsemulator.core.mq;

import dev.awsemulator.core.Emulator;
import dev.awsemulator.core.common.AwsException;
import dev.awsemulator.core.mq.api.BrokerRequest;
import dev.awsemulator.core.mq.api.ConfigurationId;
import dev.awsemulator.core.mq.api.ConfigurationRequest;
import dev.awsemulator.core.mq.api.CreateConfigurationRequest;
import dev.awsemulator.core.mq.api.CreateUserRequest;
import dev.awsemulator.core.mq.api.DescribeBrokerResult;
import dev.awsemulator.core.mq.api.DescribeConfigurationRevisionRequest;
import dev.awsemulator.core.mq.api.ErrorAttribute;
import dev.awsemulator.core.mq.api.ListBrokersRequest;
import dev.awsemulator.core.mq.api.UpdateBrokerRequest;
import dev.awsemulator.core.mq.api.UpdateConfigurationRequest;
import dev.awsemulator.core.mq.api.UpdateUserRequest;
import dev.awsemulator.core.mq.api.UserRequest;
import dev.awsemulator.core.time.ManualClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static dev.awsemulator.core.mq.MqTestRequests.CALLER;
import static dev.awsemulator.core.mq.MqTestRequests.PASSWORD;
import static dev.awsemulator.core.mq.MqTestRequests.activeMq;
import static dev.awsemulator.core.mq.MqTestRequests.broker;
import static dev.awsemulator.core.mq.MqTestRequests.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The control plane on a manual clock, over runtimes that only record what they were asked to run. */
class MqServiceTest {

    private final ManualClock clock = new ManualClock();
    private final FakeBrokerEngines engines = new FakeBrokerEngines();
    private Emulator emulator = emulator(MqOptions.DEFAULTS);
    private MqService mq = emulator.service(MqService.class);

    private Emulator emulator(MqOptions options) {
        return Emulator.builder().clock(clock).options(options).port(BrokerEngines.class, engines).build();
    }

    @AfterEach
    void close() {
        emulator.close();
    }

    @Test
    void aBrokerRunsWithItsUsersAndConfigurationAndListsItsTlsEndpointsInAwsOrder() throws Exception {
        String id = mq.createBroker(CALLER, activeMq("orders", user("app", "producers"))).brokerId();

        assertThat(settled(id)).isEqualTo("RUNNING");
        DescribeBrokerResult broker = mq.describeBroker(CALLER, new BrokerRequest(id));
        assertThat(broker.brokerState()).isEqualTo("RUNNING");
        assertThat(broker.engineType()).isEqualTo("ActiveMQ");
        assertThat(broker.brokerArn()).isEqualTo("arn:aws:mq:eu-west-1:123456789012:broker:orders:" + id);
        assertThat(broker.configurations().current().revision()).isEqualTo(1);
        assertThat(broker.configurations().pending()).isNull();
        assertThat(broker.brokerInstances()).singleElement().satisfies(instance -> assertThat(instance.endpoints())
                .extracting(endpoint -> endpoint.replaceAll(":[0-9]+$", ""))
                .containsExactly("ssl://localhost", "amqp+ssl://localhost", "stomp+ssl://localhost",
                        "mqtt+ssl://localhost", "wss://localhost"));
        BrokerLaunch launch = engines.launchesOf(id).get(0);
        assertThat(launch.users()).singleElement().satisfies(credentials -> {
            assertThat(credentials.username()).isEqualTo("app");
            assertThat(credentials.password()).isEqualTo(PASSWORD);
            assertThat(credentials.groups()).containsExactly("producers");
        });
        assertThat(launch.configuration()).contains("<broker xmlns=\"http://activemq.apache.org/schema/core\">");
        assertThat(launch.host()).isEqualTo("127.0.0.1");
    }

    @Test
    void aTransitionDelayHoldsEachStateUntilTheClockPassesIt() throws Exception {
        emulator.close();
        emulator = emulator(MqOptions.DEFAULTS.withTransitionDelay(Duration.ofSeconds(30)));
        mq = emulator.service(MqService.class);
        int scheduled = clock.pendingTasks();
        String id = mq.createBroker(CALLER, activeMq("slow", user("app"))).brokerId();
        while (clock.pendingTasks() == scheduled) {
            Thread.onSpinWait(); // the runtime is starting on the runner's thread
        }

        clock.advance(Duration.ofSeconds(29));
        assertThat(state(id)).isEqualTo("CREATION_IN_PROGRESS");
        clock.advance(Duration.ofSeconds(1));
        assertThat(settled(id)).isEqualTo("RUNNING");
    }

    @Test
    void userChangesWaitForARebootWhileTheBrokerKeepsItsUsersAsTheyWere() throws Exception {
        String id = mq.createBroker(CALLER, activeMq("users", user("app"))).brokerId();
        settled(id);

        mq.createUser(CALLER, new CreateUserRequest(id, true, List.of("admins"), "another-password-1", "ops", null));
        mq.updateUser(CALLER, new UpdateUserRequest(id, null, List.of("consumers"), null, "app", null));

        assertThat(mq.describeUser(CALLER, new UserRequest(id, "ops")).pending().pendingChange()).isEqualTo("CREATE");
        assertThat(mq.describeUser(CALLER, new UserRequest(id, "app")).groups()).isEmpty();
        assertThat(mq.describeUser(CALLER, new UserRequest(id, "app")).pending().groups()).containsExactly("consumers");
        assertThat(mq.describeBroker(CALLER, new BrokerRequest(id)).users())
                .extracting(u -> u.username() + ":" + u.pendingChange()).containsExactly("app:UPDATE", "ops:CREATE");

        mq.rebootBroker(CALLER, new BrokerRequest(id));
        assertThat(settled(id)).isEqualTo("RUNNING");

        assertThat(engines.launchesOf(id)).hasSize(2);
        assertThat(engines.launchesOf(id).get(1).users()).extracting(BrokerCredentials::username)
                .containsExactly("app", "ops");
        assertThat(engines.launchesOf(id).get(1).users().get(0).groups()).containsExactly("consumers");
        assertThat(engines.launchesOf(id).get(1).preferredListeners())
                .isEqualTo(engines.running.get(0).listeners);
        assertThat(mq.describeUser(CALLER, new UserRequest(id, "ops")).pending()).isNull();
    }

    @Test
    void aConfigurationRevisionIsSanitizedAndAppliedAtTheNextReboot() throws Exception {
        String configuration = mq.createConfiguration(CALLER,
                new CreateConfigurationRequest(null, "ACTIVEMQ", null, "tuned", null)).id();
        String xml = """
                <broker xmlns="http://activemq.apache.org/schema/core" schedulerSupport="true" useJmx="true">
                  <transportConnectors><transportConnector name="x" uri="tcp://0.0.0.0:1"/></transportConnectors>
                  <destinations><queue physicalName="ready"/></destinations>
                </broker>""";
        var updated = mq.updateConfiguration(CALLER, new UpdateConfigurationRequest(configuration, base64(xml), "r2"));

        assertThat(updated.latestRevision().revision()).isEqualTo(2);
        assertThat(updated.warnings()).extracting(w -> w.reason() + ":" + w.elementName() + ":" + w.attributeName())
                .containsExactlyInAnyOrder("DISALLOWED_ATTRIBUTE_REMOVED:broker:useJmx",
                        "DISALLOWED_ELEMENT_REMOVED:transportConnectors:null");
        String kept = decode(mq.describeConfigurationRevision(CALLER,
                new DescribeConfigurationRevisionRequest(configuration, "2")).data());
        assertThat(kept).contains("schedulerSupport=\"true\"", "physicalName=\"ready\"")
                .doesNotContain("useJmx", "transportConnector");

        String id = mq.createBroker(CALLER, activeMq("tuned-broker", user("app"))).brokerId();
        settled(id);
        mq.updateBroker(CALLER, new UpdateBrokerRequest(null, null, id, new ConfigurationId(configuration, 2),
                null, null, null, null, null, null, null));
        assertThat(mq.describeBroker(CALLER, new BrokerRequest(id)).configurations().pending())
                .isEqualTo(new ConfigurationId(configuration, 2));

        mq.rebootBroker(CALLER, new BrokerRequest(id));
        settled(id);

        assertThat(engines.launchesOf(id).get(1).configuration()).isEqualTo(kept);
        assertThat(mq.describeBroker(CALLER, new BrokerRequest(id)).configurations().history()).hasSize(1);
    }

    @Test
    void badRequestsAreRefusedWithTheMemberAtFaultAndChangeNothing() {
        assertError(() -> mq.createBroker(CALLER, activeMq("has space", user("app"))), MqError.BAD_REQUEST,
                "brokerName");
        assertError(() -> mq.createBroker(CALLER, broker("rabbit", "RABBITMQ", "SINGLE_INSTANCE", null,
                List.of(user("a1"), user("a2")))), MqError.BAD_REQUEST, "users");
        assertError(() -> mq.createBroker(CALLER, activeMq("weak", new dev.awsemulator.core.mq.api.User(false,
                List.of(), "aaaaaaaaaaaa", "app", false))), MqError.BAD_REQUEST, "password");
        assertError(() -> mq.createBroker(CALLER, broker("cluster", "ACTIVEMQ", "CLUSTER_MULTI_AZ", null,
                List.of(user("app")))), MqError.BAD_REQUEST, "deploymentMode");
        assertError(() -> mq.describeBroker(CALLER, new BrokerRequest("b-missing")), MqError.NOT_FOUND, "broker-id");
        assertError(() -> mq.updateConfiguration(CALLER, new UpdateConfigurationRequest(
                mq.createConfiguration(CALLER, new CreateConfigurationRequest(null, "ACTIVEMQ", null, "c", null)).id(),
                base64("<broker"), null)), MqError.BAD_REQUEST, "data");

        assertThat(mq.listBrokers(CALLER, new ListBrokersRequest(null, null)).brokerSummaries()).isEmpty();
        assertThat(engines.launches).isEmpty();
    }

    @Test
    void theUserApiIsForActiveMqBrokersOnly() throws Exception {
        String id = mq.createBroker(CALLER, broker("rabbit", "RABBITMQ", "SINGLE_INSTANCE", null,
                List.of(user("admin")))).brokerId();
        settled(id);

        assertError(() -> mq.createUser(CALLER, new CreateUserRequest(id, null, null, PASSWORD, "other", null)),
                MqError.BAD_REQUEST, "broker-id");
        assertThat(engines.launchesOf(id).get(0).users()).extracting(BrokerCredentials::username)
                .containsExactly("admin");
        assertThat(mq.describeBroker(CALLER, new BrokerRequest(id)).brokerInstances().get(0).endpoints())
                .singleElement().asString().startsWith("amqps://localhost:");
    }

    @Test
    void deletingAndResettingStopEveryRuntime() throws Exception {
        String deleted = mq.createBroker(CALLER, activeMq("gone", user("app"))).brokerId();
        String kept = mq.createBroker(CALLER, activeMq("kept", user("app"))).brokerId();
        settled(deleted);
        settled(kept);

        mq.deleteBroker(CALLER, new BrokerRequest(deleted));
        while (mq.listBrokers(CALLER, new ListBrokersRequest(null, null)).brokerSummaries().size() > 1) {
            Thread.onSpinWait();
        }
        assertError(() -> mq.describeBroker(CALLER, new BrokerRequest(deleted)), MqError.NOT_FOUND, "broker-id");
        assertThat(engines.runningCount()).isEqualTo(1);

        emulator.reset();
        assertThat(engines.runningCount()).isZero();
        assertThat(mq.listBrokers(CALLER, new ListBrokersRequest(null, null)).brokerSummaries()).isEmpty();
    }

    @Test
    void aBrokerCreatedAgainAfterAResetUnderTheSameNameTakesItsFormerPorts() throws Exception {
        String before = mq.createBroker(CALLER, activeMq("orders", user("app"))).brokerId();
        settled(before);
        List<String> endpoints = mq.describeBroker(CALLER, new BrokerRequest(before)).brokerInstances().get(0)
                .endpoints();

        emulator.reset();
        String other = mq.createBroker(CALLER, activeMq("other", user("app"))).brokerId();
        String after = mq.createBroker(CALLER, activeMq("orders", user("app"))).brokerId();

        assertThat(settled(other)).isEqualTo("RUNNING");
        assertThat(settled(after)).isEqualTo("RUNNING");
        assertThat(after).isNotEqualTo(before);
        assertThat(engines.launchesOf(other).get(0).preferredListeners()).isEmpty();
        assertThat(mq.describeBroker(CALLER, new BrokerRequest(after)).brokerInstances().get(0).endpoints())
                .isEqualTo(endpoints);
    }

    @Test
    void aBrokerThatCannotStartEndsInCreationFailed() throws Exception {
        engines.failWith = "port taken";
        String id = mq.createBroker(CALLER, activeMq("broken", user("app"))).brokerId();

        assertThat(settled(id)).isEqualTo("CREATION_FAILED");
        assertThat(mq.overview(CALLER, id).failure()).contains("port taken");
    }

    @Test
    void aConfigurationInUseCannotBeDeleted() throws Exception {
        String id = mq.createBroker(CALLER, activeMq("user-of-config", user("app"))).brokerId();
        settled(id);
        String configuration = mq.describeBroker(CALLER, new BrokerRequest(id)).configurations().current().id();

        assertError(() -> mq.deleteConfiguration(CALLER, new ConfigurationRequest(configuration)), MqError.CONFLICT,
                "configuration-id");
    }

    private String settled(String id) throws Exception {
        return mq.whenSettled(CALLER, id).toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    private String state(String id) {
        return mq.describeBroker(CALLER, new BrokerRequest(id)).brokerState();
    }

    private static void assertError(Runnable call, MqError code, String attribute) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(AwsException.class, error -> {
            assertThat(error.errorCode()).isEqualTo(code);
            assertThat(error.members()).isEqualTo(new ErrorAttribute(attribute));
        });
    }

    private static String base64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String decode(String data) {
        return new String(Base64.getDecoder().decode(data), StandardCharsets.UTF_8);
    }
}
