package dev.awsemulator.server.testsupport;

import com.amazonaws.auth.AWSStaticCredentialsProvider;
import com.amazonaws.auth.BasicAWSCredentials;
import com.amazonaws.client.builder.AwsClientBuilder;
import com.amazonaws.services.sqs.AmazonSQS;
import com.amazonaws.services.sqs.AmazonSQSClientBuilder;
import dev.awsemulator.core.Emulator;
import dev.awsemulator.core.sqs.SqsOptions;
import dev.awsemulator.core.time.ManualClock;
import dev.awsemulator.server.EmulatorServer;
import dev.awsemulator.server.config.EmulatorConfig;
import dev.awsemulator.server.faults.Faults;
import dev.awsemulator.server.requests.HandledRequest;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.http.nio.netty.NettyNioAsyncHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.kinesis.KinesisAsyncClient;
import software.amazon.awssdk.services.kinesis.KinesisClient;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sqs.SqsAsyncClient;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.utils.SdkAutoCloseable;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * An in-process server on port 0 for one test class, on virtual time, emptied before each test (its fault
 * rules and request journal too). Hands out real SDK clients: v2 sync and async (JSON protocol, MD5 checks
 * on) and v1 1.12.583 (the Query protocol; 1.12.584 switched SDK v1 to JSON).
 */
public final class EmulatorServerExtension implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback {

    public static final String ACCOUNT = "000000000000";
    public static final String REGION = "us-east-1";

    private final SqsOptions options;
    private final EmulatorConfig config;
    private final UnaryOperator<Emulator.Builder> customization;
    private final List<HandledRequest> requests = new CopyOnWriteArrayList<>();
    private ManualClock clock;
    private EmulatorServer server;
    private SqsClient sqs;
    private SqsAsyncClient sqsAsync;
    private SnsClient sns;
    private KinesisClient kinesis;
    private KinesisAsyncClient kinesisAsync;
    private AmazonSQS sqsV1;

    public EmulatorServerExtension() {
        this(SqsOptions.STRICT);
    }

    public EmulatorServerExtension(SqsOptions options) {
        this(options, EmulatorConfig.EMPTY);
    }

    /** A server that creates the config's resources at start and again, empty, before each test. */
    public EmulatorServerExtension(EmulatorConfig config) {
        this(SqsOptions.STRICT, config);
    }

    private EmulatorServerExtension(SqsOptions options, EmulatorConfig config) {
        this(options, config, UnaryOperator.identity());
    }

    private EmulatorServerExtension(SqsOptions options, EmulatorConfig config,
                                    UnaryOperator<Emulator.Builder> customization) {
        this.options = options;
        this.config = config;
        this.customization = customization;
    }

    /** A server whose emulator {@code customization} sets up further: quotas, bounds. */
    public static EmulatorServerExtension withEmulator(UnaryOperator<Emulator.Builder> customization) {
        return new EmulatorServerExtension(SqsOptions.STRICT, EmulatorConfig.EMPTY, customization);
    }

    @Override
    public synchronized void beforeAll(ExtensionContext context) {
        if (server != null) {
            throw new IllegalStateException("one server at a time: " + context.getDisplayName()
                    + " started while another test class still runs on this extension");
        }
        clock = new ManualClock();
        server = EmulatorServer.builder().port(0).config(config).requestListener(requests::add)
                .emulator(customization.apply(Emulator.builder().clock(clock).sqsOptions(options)).build()).start();
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        server.reset();
        requests.clear();
    }

    /**
     * Closes the clients and the server. The clients are forgotten too: one extension in a shared
     * base class serves one test class after another, each with a server and clients of its own.
     */
    @Override
    public synchronized void afterAll(ExtensionContext context) {
        Stream.of(sqs, sqsAsync, sns, kinesis, kinesisAsync).filter(Objects::nonNull).forEach(SdkAutoCloseable::close);
        Optional.ofNullable(sqsV1).ifPresent(AmazonSQS::shutdown);
        sqs = null;
        sqsAsync = null;
        sns = null;
        kinesis = null;
        kinesisAsync = null;
        sqsV1 = null;
        server.close();
        server.emulator().close();
        server = null;
    }

    /** The requests the server answered since the test began. */
    public List<HandledRequest> requests() {
        return List.copyOf(requests);
    }

    /** The fault rules for the calls of the clients handed out here. */
    public Faults faults() {
        return server.faults();
    }

    public ManualClock clock() {
        return clock;
    }

    public void advance(Duration duration) {
        clock.advance(duration);
    }

    public EmulatorServer server() {
        return server;
    }

    public URI endpoint() {
        return server.endpoint();
    }

    public synchronized SqsClient sqs() {
        if (sqs == null) {
            sqs = SqsClient.builder()
                    .endpointOverride(endpoint())
                    .region(Region.of(REGION))
                    .credentialsProvider(credentials())
                    .httpClientBuilder(Apache5HttpClient.builder())
                    .build();
        }
        return sqs;
    }

    public synchronized SqsAsyncClient sqsAsync() {
        if (sqsAsync == null) {
            sqsAsync = SqsAsyncClient.builder()
                    .endpointOverride(endpoint())
                    .region(Region.of(REGION))
                    .credentialsProvider(credentials())
                    .httpClientBuilder(NettyNioAsyncHttpClient.builder())
                    .build();
        }
        return sqsAsync;
    }

    public synchronized SnsClient sns() {
        if (sns == null) {
            sns = SnsClient.builder()
                    .endpointOverride(endpoint())
                    .region(Region.of(REGION))
                    .credentialsProvider(credentials())
                    .httpClientBuilder(Apache5HttpClient.builder())
                    .build();
        }
        return sns;
    }

    /** Kinesis over CBOR, the SDK's default, unless the JVM runs with {@code aws.cborEnabled=false}. */
    public synchronized KinesisClient kinesis() {
        if (kinesis == null) {
            kinesis = KinesisClient.builder()
                    .endpointOverride(endpoint())
                    .region(Region.of(REGION))
                    .credentialsProvider(credentials())
                    .httpClientBuilder(Apache5HttpClient.builder())
                    .build();
        }
        return kinesis;
    }

    /** The async client speaks HTTP/2 (prior knowledge) for every call, SubscribeToShard included. */
    public synchronized KinesisAsyncClient kinesisAsync() {
        if (kinesisAsync == null) {
            kinesisAsync = KinesisAsyncClient.builder()
                    .endpointOverride(endpoint())
                    .region(Region.of(REGION))
                    .credentialsProvider(credentials())
                    .httpClientBuilder(NettyNioAsyncHttpClient.builder())
                    .build();
        }
        return kinesisAsync;
    }

    /** A queue's ARN in the test account and region. */
    public static String queueArn(String name) {
        return "arn:aws:sqs:" + REGION + ":" + ACCOUNT + ":" + name;
    }

    /** SDK v1 1.12.583: the last release that speaks SQS's Query protocol (1.12.584 speaks JSON). */
    public synchronized AmazonSQS sqsV1() {
        if (sqsV1 == null) {
            sqsV1 = AmazonSQSClientBuilder.standard()
                    .withEndpointConfiguration(new AwsClientBuilder.EndpointConfiguration(endpoint().toString(), REGION))
                    .withCredentials(new AWSStaticCredentialsProvider(new BasicAWSCredentials("test", "test")))
                    .build();
        }
        return sqsV1;
    }

    public static StaticCredentialsProvider credentials() {
        return StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test"));
    }
}
