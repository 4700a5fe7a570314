package dev.awsemulator.core.mq;

import dev.awsemulator.core.Emulator;
import dev.awsemulator.core.mq.api.BrokerRequest;
import dev.awsemulator.core.mq.api.CreateUserRequest;
import dev.awsemulator.core.mq.api.UserRequest;
import dev.awsemulator.core.time.ManualClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static dev.awsemulator.core.mq.MqTestRequests.CALLER;
import static dev.awsemulator.core.mq.MqTestRequests.activeMq;
import static dev.awsemulator.core.mq.MqTestRequests.user;
import static org.assertj.core.api.Assertions.assertThat;

/** Brokers, their users, configurations and the TLS certificate across a restart from a data directory. */
class MqPersistenceTest {

    @TempDir
    Path dataDir;

    private final FakeBrokerEngines engines = new FakeBrokerEngines();

    @Test
    void aRestartStartsEachBrokerAgainOnItsPortsWithItsUsersAndPendingChangesStillPending() throws Exception {
        String id;
        String certificate;
        try (Emulator first = emulator()) {
            MqService mq = first.service(MqService.class);
            id = mq.createBroker(CALLER, activeMq("durable", user("app"))).brokerId();
            mq.whenSettled(CALLER, id).toCompletableFuture().get(10, TimeUnit.SECONDS);
            mq.createUser(CALLER, new CreateUserRequest(id, null, null, "later-password-1", "later", null));
            certificate = mq.certificatePem();
            assertThat(mq.trustStore().path()).isEqualTo(dataDir.resolve("mq").resolve("truststore.p12"));
        }
        assertThat(Files.readString(dataDir.resolve("mq").resolve("certificate.pem"))).isEqualTo(certificate);

        try (Emulator second = emulator()) {
            MqService mq = second.service(MqService.class);
            assertThat(mq.whenSettled(CALLER, id).toCompletableFuture().get(10, TimeUnit.SECONDS))
                    .isEqualTo("RUNNING");
            assertThat(engines.launchesOf(id)).hasSize(2);
            BrokerLaunch restart = engines.launchesOf(id).get(1);
            assertThat(restart.preferredListeners()).isEqualTo(engines.running.get(0).listeners);
            assertThat(restart.users()).extracting(BrokerCredentials::username).containsExactly("app");
            assertThat(restart.storage().persistent()).isTrue();
            assertThat(mq.describeUser(CALLER, new UserRequest(id, "later")).pending().pendingChange())
                    .isEqualTo("CREATE");
            assertThat(mq.certificatePem()).isEqualTo(certificate);
            assertThat(mq.describeBroker(CALLER, new BrokerRequest(id)).tags()).containsEntry("team", "orders");
        }
    }

    @Test
    void withoutARuntimeABrokerIsControlPlaneOnlyWithAmazonMqEndpoints() throws Exception {
        try (Emulator emulator = Emulator.builder().clock(new ManualClock())
                .port(BrokerEngines.class, type -> Optional.empty()).build()) {
            MqService mq = emulator.service(MqService.class);
            String id = mq.createBroker(CALLER, activeMq("paper", user("app"))).brokerId();

            assertThat(mq.whenSettled(CALLER, id).toCompletableFuture().get(10, TimeUnit.SECONDS)).isEqualTo("RUNNING");
            assertThat(mq.describeBroker(CALLER, new BrokerRequest(id)).brokerInstances().get(0).endpoints())
                    .first().isEqualTo("ssl://" + id + "-1.mq.eu-west-1.amazonaws.com:61617");
            assertThat(mq.runtimeInstalled(EngineType.ACTIVEMQ)).isFalse();
        }
    }

    private Emulator emulator() {
        return Emulator.builder().clock(new ManualClock()).dataDirectory(dataDir)
                .port(BrokerEngines.class, engines).build();
    }
}
