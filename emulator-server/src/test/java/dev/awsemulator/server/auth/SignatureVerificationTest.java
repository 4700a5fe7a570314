package dev.awsemulator.server.auth;

import com.amazonaws.AmazonServiceException;
import com.amazonaws.ClientConfiguration;
import com.amazonaws.auth.AWSStaticCredentialsProvider;
import com.amazonaws.auth.BasicAWSCredentials;
import com.amazonaws.client.builder.AwsClientBuilder;
import com.amazonaws.services.sqs.AmazonSQS;
import com.amazonaws.services.sqs.AmazonSQSClientBuilder;
import dev.awsemulator.core.Emulator;
import dev.awsemulator.core.time.ManualClock;
import dev.awsemulator.server.EmulatorServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.nio.netty.NettyNioAsyncHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.kinesis.KinesisAsyncClient;
import software.amazon.awssdk.services.kinesis.KinesisClient;
import software.amazon.awssdk.services.kinesis.model.ShardIteratorType;
import software.amazon.awssdk.services.kinesis.model.SubscribeToShardEvent;
import software.amazon.awssdk.services.kinesis.model.SubscribeToShardResponseHandler;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sqs.SqsClient;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * With credentials configured, the server checks SigV4 like AWS: the right secret works for every
 * protocol (SQS JSON, SQS Query through SDK v1, SNS Query, Kinesis CBOR and its event stream); a
 * wrong secret, an unknown key or a stale date is refused with AWS's code and changes nothing.
 */
class SignatureVerificationTest {

    private static final String KEY = "AKIDEMULATOR";
    private static final String SECRET = "the-right-secret";
    private static EmulatorServer server;

    @BeforeAll
    static void start() {
        server = EmulatorServer.builder().port(0).verifySignatures(Map.of(KEY, SECRET))
                .emulator(Emulator.builder().clock(new ManualClock()).build()).start();
    }

    @AfterAll
    static void stop() {
        server.close();
        server.emulator().close();
    }

    @BeforeEach
    void reset() {
        server.emulator().reset();
    }

    @Test
    void sqsOverJsonChecksTheSignature() {
        try (SqsClient right = sqs(KEY, SECRET); SqsClient wrong = sqs(KEY, "wrong"); SqsClient unknown = sqs("AKIDX", SECRET)) {
            assertThat(right.createQueue(b -> b.queueName("signed")).queueUrl()).endsWith("/signed");

            assertRefused(() -> wrong.createQueue(b -> b.queueName("forged")), 403, "SignatureDoesNotMatch");
            assertRefused(() -> unknown.createQueue(b -> b.queueName("forged")), 403, "InvalidClientTokenId");
            assertThat(right.listQueues().queueUrls()).singleElement().satisfies(url -> assertThat(url).endsWith("/signed"));
        }
    }

    @Test
    void sqsOverQueryFromSdkV1ChecksTheSignature() {
        AmazonSQS right = sqsV1(SECRET);
        AmazonSQS wrong = sqsV1("wrong");
        try {
            String url = right.createQueue("signed-v1").getQueueUrl();
            right.sendMessage(url, "hello");

            assertThatThrownBy(() -> wrong.sendMessage(url, "forged"))
                    .isInstanceOfSatisfying(AmazonServiceException.class, e -> {
                        assertThat(e.getStatusCode()).isEqualTo(403);
                        assertThat(e.getErrorCode()).isEqualTo("SignatureDoesNotMatch");
                    });
            assertThat(right.receiveMessage(url).getMessages()).singleElement()
                    .satisfies(message -> assertThat(message.getBody()).isEqualTo("hello"));
        } finally {
            right.shutdown();
            wrong.shutdown();
        }
    }

    @Test
    void snsOverQueryChecksTheSignature() {
        try (SnsClient right = sns(SECRET); SnsClient wrong = sns("wrong")) {
            right.createTopic(b -> b.name("signed"));

            assertRefused(() -> wrong.createTopic(b -> b.name("forged")), 403, "SignatureDoesNotMatch");
            assertThat(right.listTopics().topics()).singleElement()
                    .satisfies(topic -> assertThat(topic.topicArn()).endsWith(":signed"));
        }
    }

    @Test
    void kinesisOverCborChecksTheSignatureWithItsOwnErrorNames() {
        try (KinesisClient right = kinesis(KEY, SECRET); KinesisClient wrong = kinesis(KEY, "wrong");
             KinesisClient unknown = kinesis("AKIDX", SECRET)) {
            right.createStream(b -> b.streamName("signed").shardCount(1));

            assertRefused(() -> wrong.createStream(b -> b.streamName("forged").shardCount(1)), 400,
                    "InvalidSignatureException");
            assertRefused(() -> unknown.createStream(b -> b.streamName("forged").shardCount(1)), 400,
                    "UnrecognizedClientException");
            assertThat(right.listStreams().streamNames()).containsExactly("signed");
        }
    }

    @Test
    void subscribeToShardOverHttp2ChecksTheSignature() throws Exception {
        try (KinesisClient kinesis = kinesis(KEY, SECRET); KinesisAsyncClient right = kinesisAsync(SECRET);
             KinesisAsyncClient wrong = kinesisAsync("wrong")) {
            kinesis.createStream(b -> b.streamName("pushed").shardCount(1));
            String streamArn = kinesis.describeStreamSummary(b -> b.streamName("pushed")).streamDescriptionSummary()
                    .streamARN();
            String consumerArn = kinesis.registerStreamConsumer(b -> b.streamARN(streamArn).consumerName("reader"))
                    .consumer().consumerARN();
            BlockingQueue<SubscribeToShardEvent> events = new LinkedBlockingQueue<>();

            CompletableFuture<Void> subscription = right.subscribeToShard(b -> b.consumerARN(consumerArn)
                    .shardId("shardId-000000000000").startingPosition(p -> p.type(ShardIteratorType.TRIM_HORIZON)),
                    handler(events));
            kinesis.putRecord(b -> b.streamName("pushed").partitionKey("k").data(SdkBytes.fromUtf8String("signed")));

            SubscribeToShardEvent event;
            do {
                event = events.poll(10, TimeUnit.SECONDS);
                assertThat(event).isNotNull();
            } while (event.records().isEmpty());
            assertThat(event.records().get(0).data().asUtf8String()).isEqualTo("signed");
            subscription.cancel(true);

            CompletableFuture<Void> forged = wrong.subscribeToShard(b -> b.consumerARN(consumerArn)
                    .shardId("shardId-000000000000").startingPosition(p -> p.type(ShardIteratorType.TRIM_HORIZON)),
                    handler(events));
            assertThatThrownBy(() -> forged.get(10, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                    .cause().isInstanceOfSatisfying(AwsServiceException.class,
                            e -> assertThat(e.awsErrorDetails().errorCode()).isEqualTo("InvalidSignatureException"));
        }
    }

    @Test
    void aSignatureOlderThanFifteenMinutesHasExpired() throws Exception {
        Instant signedAt = Instant.now().minus(Duration.ofMinutes(20));

        HttpResponse<String> response = sendSigned(signedAt, SECRET, "Action=CreateQueue&QueueName=stale");

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("<Code>SignatureDoesNotMatch</Code>")
                .containsPattern("Signature expired: \\d{8}T\\d{6}Z is now earlier than \\d{8}T\\d{6}Z");
        assertThat(server.emulator().sqs().peek("arn:aws:sqs:us-east-1:000000000000:stale")).isEmpty();
    }

    @Test
    void aRawRequestSignedWithTheRightSecretIsAccepted() throws Exception {
        HttpResponse<String> response = sendSigned(Instant.now(), SECRET, "Action=CreateQueue&QueueName=fresh");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("/fresh</QueueUrl>");
    }

    @Test
    void anUnsignedRequestIsMissingItsToken() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(server.endpoint())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("Action=ListQueues")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("<Code>MissingAuthenticationToken</Code>");
    }

    @Test
    void aPresignedUrlWorksUntilItExpires() throws Exception {
        String queueUrl = createQueue("presigned");

        HttpResponse<String> response = get(presign(Instant.now(), Duration.ofMinutes(5), sendMessage(queueUrl, "hello")));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("<MessageId>");
        assertThat(server.emulator().sqs().peek("arn:aws:sqs:us-east-1:000000000000:presigned"))
                .extracting(message -> message.body()).containsExactly("hello");
    }

    @Test
    void aPresignedUrlWithAChangedParameterDoesNotMatchItsSignature() throws Exception {
        String queueUrl = createQueue("tampered");
        URI signed = presign(Instant.now(), Duration.ofMinutes(5), sendMessage(queueUrl, "hello"));

        HttpResponse<String> response = get(URI.create(signed.toString().replace("MessageBody=hello",
                "MessageBody=evil")));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("<Code>SignatureDoesNotMatch</Code>");
        assertThat(server.emulator().sqs().peek("arn:aws:sqs:us-east-1:000000000000:tampered")).isEmpty();
    }

    @Test
    void aPresignedUrlUsedAfterItsExpiryIsRefused() throws Exception {
        String queueUrl = createQueue("late");
        URI signed = presign(Instant.now().minus(Duration.ofMinutes(6)), Duration.ofMinutes(5),
                sendMessage(queueUrl, "hello"));

        HttpResponse<String> response = get(signed);

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("<Code>AccessDenied</Code>", "<Message>Request has expired</Message>");
        assertThat(server.emulator().sqs().peek("arn:aws:sqs:us-east-1:000000000000:late")).isEmpty();
    }

    private static String createQueue(String name) throws Exception {
        HttpResponse<String> created = sendSigned(Instant.now(), SECRET, "Action=CreateQueue&QueueName=" + name);
        assertThat(created.statusCode()).isEqualTo(200);
        return server.endpoint() + "/000000000000/" + name;
    }

    private static SdkHttpRequest sendMessage(String queueUrl, String body) {
        return SdkHttpRequest.builder().method(SdkHttpMethod.GET).uri(server.endpoint()).encodedPath("/")
                .putRawQueryParameter("Action", "SendMessage").putRawQueryParameter("Version", "2012-11-05")
                .putRawQueryParameter("QueueUrl", queueUrl).putRawQueryParameter("MessageBody", body).build();
    }

    /** The URL the SDK's own signer presigns (query-string authentication) at a chosen time. */
    private static URI presign(Instant signedAt, Duration expiresIn, SdkHttpRequest request) {
        return AwsV4HttpSigner.create().sign(r -> r
                .identity(AwsBasicCredentials.create(KEY, SECRET))
                .request(request)
                .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, "sqs")
                .putProperty(AwsV4HttpSigner.REGION_NAME, "us-east-1")
                .putProperty(AwsV4HttpSigner.AUTH_LOCATION, AwsV4HttpSigner.AuthLocation.QUERY_STRING)
                .putProperty(AwsV4HttpSigner.EXPIRATION_DURATION, expiresIn)
                .putProperty(AwsV4HttpSigner.SIGNING_CLOCK, Clock.fixed(signedAt, ZoneOffset.UTC))).request().getUri();
    }

    private static HttpResponse<String> get(URI uri) throws Exception {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A Query request signed by the SDK's own SigV4 signer at a chosen time, sent as is. */
    private static HttpResponse<String> sendSigned(Instant signedAt, String secret, String form) throws Exception {
        byte[] body = form.getBytes(StandardCharsets.UTF_8);
        SdkHttpRequest unsigned = SdkHttpRequest.builder().method(SdkHttpMethod.POST).uri(server.endpoint())
                .putHeader("Content-Type", "application/x-www-form-urlencoded").build();
        SdkHttpRequest signed = AwsV4HttpSigner.create().sign(r -> r
                .identity(AwsBasicCredentials.create(KEY, secret))
                .request(unsigned)
                .payload(ContentStreamProvider.fromByteArray(body))
                .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, "sqs")
                .putProperty(AwsV4HttpSigner.REGION_NAME, "us-east-1")
                .putProperty(AwsV4HttpSigner.SIGNING_CLOCK, Clock.fixed(signedAt, ZoneOffset.UTC))).request();
        HttpRequest.Builder request = HttpRequest.newBuilder(server.endpoint())
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        signed.headers().forEach((name, values) -> {
            if (!name.equalsIgnoreCase("Host")) {
                values.forEach(value -> request.header(name, value));
            }
        });
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static SubscribeToShardResponseHandler handler(BlockingQueue<SubscribeToShardEvent> events) {
        return SubscribeToShardResponseHandler.builder().subscriber(SubscribeToShardResponseHandler.Visitor.builder()
                .onSubscribeToShardEvent(events::add).build()).build();
    }

    private static void assertRefused(Runnable call, int status, String code) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(AwsServiceException.class, e -> {
            assertThat(e.statusCode()).isEqualTo(status);
            assertThat(e.awsErrorDetails().errorCode()).isEqualTo(code);
        });
    }

    /** A refused call is not retried (SDKs retry signature errors as clock skew): the test wants AWS's first answer. */
    private static void noRetries(ClientOverrideConfiguration.Builder configuration) {
        configuration.retryStrategy(retry -> retry.maxAttempts(1));
    }

    private static StaticCredentialsProvider credentials(String key, String secret) {
        return StaticCredentialsProvider.create(AwsBasicCredentials.create(key, secret));
    }

    private static SqsClient sqs(String key, String secret) {
        return SqsClient.builder().endpointOverride(server.endpoint()).region(Region.US_EAST_1)
                .credentialsProvider(credentials(key, secret)).httpClientBuilder(Apache5HttpClient.builder())
                .overrideConfiguration(SignatureVerificationTest::noRetries).build();
    }

    private static SnsClient sns(String secret) {
        return SnsClient.builder().endpointOverride(server.endpoint()).region(Region.US_EAST_1)
                .credentialsProvider(credentials(KEY, secret)).httpClientBuilder(Apache5HttpClient.builder())
                .overrideConfiguration(SignatureVerificationTest::noRetries).build();
    }

    private static KinesisClient kinesis(String key, String secret) {
        return KinesisClient.builder().endpointOverride(server.endpoint()).region(Region.US_EAST_1)
                .credentialsProvider(credentials(key, secret)).httpClientBuilder(Apache5HttpClient.builder())
                .overrideConfiguration(SignatureVerificationTest::noRetries).build();
    }

    private static KinesisAsyncClient kinesisAsync(String secret) {
        return KinesisAsyncClient.builder().endpointOverride(server.endpoint()).region(Region.US_EAST_1)
                .credentialsProvider(credentials(KEY, secret)).httpClientBuilder(NettyNioAsyncHttpClient.builder())
                .overrideConfiguration(SignatureVerificationTest::noRetries).build();
    }

    private static AmazonSQS sqsV1(String secret) {
        return AmazonSQSClientBuilder.standard()
                .withEndpointConfiguration(new AwsClientBuilder.EndpointConfiguration(server.endpoint().toString(),
                        "us-east-1"))
                .withClientConfiguration(new ClientConfiguration().withMaxErrorRetry(0))
                .withCredentials(new AWSStaticCredentialsProvider(new BasicAWSCredentials(KEY, secret))).build();
    }
}
