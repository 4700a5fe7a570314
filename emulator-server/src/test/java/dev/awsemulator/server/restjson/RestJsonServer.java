package dev.awsemulator.server.restjson;

import dev.awsemulator.core.Emulator;
import dev.awsemulator.core.common.Caller;
import dev.awsemulator.core.time.ManualClock;
import dev.awsemulator.server.EmulatorServer;
import dev.awsemulator.server.api.ServiceDefinition;
import dev.awsemulator.server.faults.FaultRegistry;
import dev.awsemulator.server.faults.Faults;
import dev.awsemulator.server.http.CallerDefaults;
import dev.awsemulator.server.http.FaultedCalls;
import dev.awsemulator.server.http.HttpListener;
import dev.awsemulator.server.http.RootHandler;
import dev.awsemulator.server.kinesis.KinesisApi;
import dev.awsemulator.server.requests.HandledRequest;
import dev.awsemulator.server.sns.SnsApi;
import dev.awsemulator.server.sqs.SqsApi;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.regions.Region;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A server for the REST-JSON tests: the emulator's SQS, SNS and Kinesis beside the fake REST-JSON
 * services (and any given), on one port chosen by the system, with a journal of the requests.
 */
final class RestJsonServer implements AutoCloseable {

    private final Emulator emulator = Emulator.builder().clock(new ManualClock()).build();
    private final List<HandledRequest> journal = new CopyOnWriteArrayList<>();
    private final FaultRegistry faults;
    private final HttpListener listener;

    private RestJsonServer(List<ServiceDefinition> extra) {
        List<ServiceDefinition> services = new ArrayList<>(List.of(SqsApi.definition(emulator.sqs()),
                SnsApi.definition(emulator.sns()), KinesisApi.definition(emulator.kinesis()),
                FakeKafka.definition(), FakeLambda.definition(), FakeMediaStore.definition()));
        services.addAll(extra);
        faults = new FaultRegistry(services, emulator.clock());
        RootHandler root = new RootHandler(services, new CallerDefaults(Caller.DEFAULT_ACCOUNT, Caller.DEFAULT_REGION),
                EmulatorServer.DEFAULT_MAX_REQUEST_BYTES, journal::add, null, new FaultedCalls(faults));
        listener = HttpListener.prepare(2, Duration.ofSeconds(30), Duration.ofMinutes(5)).bind("127.0.0.1", 0, root);
    }

    static RestJsonServer start(ServiceDefinition... extra) {
        return new RestJsonServer(List.of(extra));
    }

    URI endpoint() {
        return URI.create("http://127.0.0.1:" + listener.address().getPort());
    }

    /** Sets a sync client builder up for this server: endpoint, region, static credentials, Apache HTTP. */
    <B extends AwsClientBuilder<B, ?> & AwsSyncClientBuilder<B, ?>> B configure(B builder) {
        return builder.endpointOverride(endpoint()).region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                .httpClientBuilder(Apache5HttpClient.builder());
    }

    /** The fault rules for calls of the default account. */
    Faults faults() {
        return faults.scope(new Caller(Caller.DEFAULT_ACCOUNT, Caller.DEFAULT_REGION, endpoint()));
    }

    /** The emulator's clock, which stands still until advanced. */
    ManualClock clock() {
        return (ManualClock) emulator.clock();
    }

    /** The requests answered so far. */
    List<HandledRequest> journal() {
        return List.copyOf(journal);
    }

    @Override
    public void close() {
        listener.close();
        emulator.close();
    }
}
