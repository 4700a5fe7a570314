package dev.awsemulator.server.mq;

import dev.awsemulator.core.Emulator;
import dev.awsemulator.core.common.AwsException;
import dev.awsemulator.core.common.Caller;
import dev.awsemulator.core.mq.MqError;
import dev.awsemulator.core.mq.MqService;
import dev.awsemulator.server.EmulatorServer;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.mq.MqClient;
import software.amazon.awssdk.services.mq.model.BrokerState;

import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An in-process server on port 0 on the wall clock (brokers start in the background), one per test
 * class, with an SDK v2 {@link MqClient} for it. Brokers are shared by the class's tests.
 */
final class MqServer implements BeforeAllCallback, AfterAllCallback {

    static final String ACCOUNT = "000000000000";
    static final String REGION = "us-east-1";

    private EmulatorServer server;
    private MqClient mq;

    @Override
    public void beforeAll(ExtensionContext context) {
        server = EmulatorServer.builder().port(0).emulator(Emulator.builder().build()).start();
        mq = MqClient.builder().endpointOverride(server.endpoint()).region(Region.of(REGION))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                .httpClientBuilder(Apache5HttpClient.builder()).build();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        mq.close();
        server.close();
        server.emulator().close();
    }

    MqClient mq() {
        return mq;
    }

    EmulatorServer server() {
        return server;
    }

    MqService service() {
        return server.emulator().service(MqService.class);
    }

    /** Waits, without polling, until the broker leaves its *_IN_PROGRESS state; returns the state it reached. */
    BrokerState settled(String brokerId) throws Exception {
        return BrokerState.fromValue(service().whenSettled(caller(), brokerId).toCompletableFuture()
                .get(60, TimeUnit.SECONDS));
    }

    /**
     * Waits, without polling, until the broker is deleted; a broker whose deletion ended before the wait began
     * (a broker without an engine goes at once) is found no more, which counts as deleted too.
     */
    String deleted(String brokerId) throws Exception {
        CompletionStage<String> settled;
        try {
            settled = service().whenSettled(caller(), brokerId);
        } catch (AwsException missing) {
            assertThat(missing.errorCode()).isEqualTo(MqError.NOT_FOUND);
            return "DELETED";
        }
        return settled.toCompletableFuture().get(60, TimeUnit.SECONDS);
    }

    Caller caller() {
        return new Caller(ACCOUNT, REGION, server.endpoint());
    }
}
