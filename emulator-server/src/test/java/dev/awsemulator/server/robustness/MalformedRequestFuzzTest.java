package dev.awsemulator.server.robustness;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.cbor.CBORFactory;
import dev.awsemulator.core.Emulator;
import dev.awsemulator.core.common.AwsException;
import dev.awsemulator.core.sqs.SqsOptions;
import dev.awsemulator.core.time.ManualClock;
import dev.awsemulator.server.EmulatorServer;
import dev.awsemulator.server.api.ServiceDefinition;
import dev.awsemulator.server.kinesis.KinesisApi;
import dev.awsemulator.server.sns.SnsApi;
import dev.awsemulator.server.sqs.SqsApi;
import net.jqwik.api.AfterFailureMode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.kinesis.KinesisClient;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sqs.SqsClient;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Mutated requests for every operation of every service over every encoding it speaks (JSON 1.0,
 * JSON 1.1, CBOR, Query), sent over real HTTP by several clients at once, each in its own account:
 * every answer is a success or an AWS-shaped 4xx error, never a 5xx or a hang, and a rejected
 * request leaves its account's state exactly as it was. For a service checked against its AWS model, the
 * model is the oracle too: a request it refuses is never accepted. The server answers SDK calls afterwards.
 */
class MalformedRequestFuzzTest {

    /** 1,000 tries of 100 requests: 100,000 mutated requests per run. */
    private static final int TRIES = 1_000;
    private static final int BATCH = 100;
    private static final int LANES = 8;
    /** Small, so that the oversized-body mutation stays cheap; huge values stay below it. */
    private static final int MAX_REQUEST_BYTES = 64 * 1024;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper CBOR = new ObjectMapper(new CBORFactory());

    private static EmulatorServer server;
    private static ExecutorService lanes;
    private static List<Lane> accounts;
    private static List<FuzzCase.Seed> seeds;
    private static final Map<String, LongAdder> OUTCOMES = new ConcurrentHashMap<>();
    private static final AtomicLong STARTED = new AtomicLong();

    @BeforeContainer
    static void start() {
        // Virtual time that never moves: nothing changes between two looks at an account but requests.
        Emulator emulator = Emulator.builder().clock(new ManualClock()).sqsOptions(SqsOptions.RELAXED).build();
        server = EmulatorServer.builder().port(0).maxRequestBytes(MAX_REQUEST_BYTES).emulator(emulator).start();
        lanes = Executors.newFixedThreadPool(LANES);
        accounts = new ArrayList<>();
        for (int i = 0; i < LANES; i++) {
            // Accounts that differ in every digit: where two differ in one digit only, one overwritten byte of an
            // ARN names the other lane's account, and a request accepted there changes the state that lane
            // compares its rejected requests against (seen once: an UntagResource whose account digit became 5).
            accounts.add(new Lane(new AccountFixtures(emulator, String.valueOf(i + 1).repeat(12), server.endpoint())));
        }
        seeds = new ArrayList<>();
        for (ServiceDefinition service : List.of(SqsApi.definition(emulator.sqs()), SnsApi.definition(emulator.sns()),
                KinesisApi.definition(emulator.kinesis()))) {
            for (String operation : service.operations().keySet()) {
                if (service.json() != null) {
                    seeds.add(new FuzzCase.Seed(service, operation, WireRequest.Encoding.JSON));
                }
                if (service.json() != null && service.json().cbor()) {
                    seeds.add(new FuzzCase.Seed(service, operation, WireRequest.Encoding.CBOR));
                }
                if (service.query() != null) {
                    seeds.add(new FuzzCase.Seed(service, operation, WireRequest.Encoding.QUERY));
                }
            }
        }
        STARTED.set(System.nanoTime());
    }

    @AfterContainer
    static void stop() {
        System.out.printf("fuzz: %d requests in %.1f s, outcomes %s%n",
                OUTCOMES.values().stream().mapToLong(LongAdder::sum).sum(),
                (System.nanoTime() - STARTED.get()) / 1e9, new TreeMap<>(OUTCOMES));
        try {
            serverStillAnswersSdkCalls();
        } finally {
            lanes.shutdownNow();
            server.close();
            server.emulator().close();
        }
    }

    @Property(tries = TRIES, afterFailure = AfterFailureMode.RANDOM_SEED)
    void everyMutatedRequestSucceedsOrIsRejectedWithAnAwsErrorAndNoStateChange(
            @ForAll("batches") List<FuzzCase> batch) throws Exception {
        List<Callable<List<String>>> work = new ArrayList<>();
        for (int lane = 0; lane < LANES; lane++) {
            List<FuzzCase> share = new ArrayList<>();
            for (int i = lane; i < batch.size(); i += LANES) {
                share.add(batch.get(i));
            }
            Lane account = accounts.get(lane);
            work.add(() -> account.run(share));
        }
        List<String> problems = new ArrayList<>();
        for (Future<List<String>> done : lanes.invokeAll(work)) {
            problems.addAll(done.get());
        }
        assertThat(problems).isEmpty();
    }

    @Provide
    Arbitrary<List<FuzzCase>> batches() {
        Arbitrary<Integer> pick = Arbitraries.integers().between(0, 1_000);
        Arbitrary<Garbage> garbage = Arbitraries.of(Garbage.class);
        Arbitrary<Mutation> structural = Arbitraries.oneOf(
                pick.map(Mutation.RemoveMember::new),
                Combinators.combine(pick, garbage).as(Mutation.ReplaceMember::new),
                Combinators.combine(Arbitraries.of("Unknown", "__type", "", "QueueUrl", "Attribute.99999.Name",
                        "Attribute.0.Name", "Attribute.-1.Name", "Attribute.x.Name", "Entries.1.Id",
                        "MessageAttribute.1.Value.DataType", "Tags.entry.1.key", "Action"), garbage)
                        .as(Mutation.AddMember::new),
                garbage.map(Mutation.ReplaceRoot::new));
        Arbitrary<Mutation> encoded = Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.doubles().between(0, 1).map(Mutation.Truncate::new)),
                Tuple.of(4, Combinators.combine(pick, Arbitraries.bytes()).as(Mutation.OverwriteByte::new)),
                Tuple.of(4, Combinators.combine(pick, Arbitraries.of(new byte[] {(byte) 0xC3, 0x28},
                        new byte[] {(byte) 0xFF}, new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
                        new byte[] {(byte) 0xC0, (byte) 0xAF}, new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80},
                        new byte[] {0x00}, new byte[] {(byte) 0x9F, (byte) 0xFF})).as(Mutation.InsertBytes::new)),
                Tuple.of(1, Arbitraries.of(100, 2_000, 60_000).map(Mutation.DeepNesting::new)),
                Tuple.of(1, Arbitraries.just(new Mutation.Oversize())),
                Tuple.of(1, Arbitraries.just(new Mutation.EmptyBody())),
                Tuple.of(2, Arbitraries.of("%ZZ=1", "Action=%E0%A4", "QueueName=%C3%28", "a%=b", "=", "&&&",
                        "Attribute.1.Name=%FF%FE", "MessageBody=%ED%A0%80").map(Mutation.RawParameter::new)),
                Tuple.of(2, Arbitraries.of(Mutation.ABSENT, "", "text/plain", "application/json",
                        "application/x-amz-json-1.0", "application/x-amz-json-1.1", "application/x-amz-cbor-1.1",
                        "application/x-www-form-urlencoded", "multipart/form-data; boundary=x",
                        "application/x-amz-json-1.0; charset=utf-16").map(Mutation.ContentType::new)),
                Tuple.of(2, Arbitraries.of(Mutation.ABSENT, "", ".", "AmazonSQS.", "AmazonSQS.Nope", "Nope",
                        "Kinesis_20131202.Nope", "AmazonSQS.SendMessage.Extra", "AmazonSQS.SendMessage",
                        "Kinesis_20131202.PutRecord", "AmazonSNS.Publish", "x".repeat(5_000))
                        .map(Mutation.Target::new)),
                Tuple.of(1, Arbitraries.of("GET", "PUT", "DELETE", "PATCH", "OPTIONS").map(Mutation.Method::new)),
                Tuple.of(1, Arbitraries.of(Mutation.ABSENT, "garbage", "AWS4-HMAC-SHA256 Credential=",
                        "AWS4-HMAC-SHA256 Credential=//////", "AWS4-HMAC-SHA256 Credential=a/b/c/sqs/aws4_request",
                        "AWS4-HMAC-SHA256 Credential=999999999999/x/eu-west-1/kinesis/aws4_request")
                        .map(Mutation.Authorization::new)));
        Arbitrary<Mutation> mutation = Arbitraries.frequencyOf(Tuple.of(3, structural), Tuple.of(4, encoded));
        return Combinators.combine(Arbitraries.of(seeds), mutation.list().ofMinSize(1).ofMaxSize(3))
                .as(FuzzCase::new).list().ofSize(BATCH);
    }

    /** One account, worked by one thread at a time, with the last state seen of each service. */
    private static final class Lane {
        private final AccountFixtures fixtures;
        private final Map<String, String> lastState = new ConcurrentHashMap<>();
        /** A client per lane: one JDK client serves all its connections from a single selector thread. */
        private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

        Lane(AccountFixtures fixtures) {
            this.fixtures = fixtures;
            fixtures.ensure();
        }

        List<String> run(List<FuzzCase> cases) {
            List<String> problems = new ArrayList<>();
            for (FuzzCase fuzzCase : cases) {
                String problem = send(fuzzCase);
                if (problem != null) {
                    problems.add(problem + "\n    case " + fuzzCase);
                }
            }
            return problems;
        }

        private String send(FuzzCase fuzzCase) {
            String service = fuzzCase.seed().service().signingName();
            String before = lastState.computeIfAbsent(service, fixtures::state);
            WireRequest request = fuzzCase.render(fixtures, MAX_REQUEST_BYTES);
            HttpResponse<InputStream> response;
            byte[] body;
            try {
                response = http.send(toHttp(request), HttpResponse.BodyHandlers.ofInputStream());
                try (InputStream in = response.body()) {
                    // An event stream that began (a valid SubscribeToShard) is left after its headers.
                    boolean stream = response.headers().firstValue("Content-Type").orElse("").contains("eventstream");
                    body = stream ? new byte[0] : in.readAllBytes();
                }
            } catch (HttpTimeoutException e) {
                if (fixtures.waitingReceives() > 0) {
                    count("long poll"); // a mutation made a valid wait time: virtual time never ends it
                    return null;
                }
                count("hang");
                return "no answer in time to " + request;
            } catch (IOException e) {
                count("io-error");
                return "no answer (" + e + ") to " + request;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return "interrupted";
            } catch (IllegalArgumentException e) {
                count("unsendable");
                return null; // the JDK client refuses the request (a header it will not send): nothing reached the server
            }
            int status = response.statusCode();
            count(status / 100 + "xx");
            if (status < 300) {
                fixtures.ensure();
                lastState.clear();
                String refusal = modelRefusal(fuzzCase, request, fixtures);
                return refusal == null ? null : "accepted with " + status + " what the model refuses (" + refusal
                        + "): " + request;
            }
            if (status >= 500 || status < 400) {
                return "status " + status + " " + new String(body, StandardCharsets.UTF_8) + " for " + request;
            }
            String shape = AwsErrorShape.problem(request, response.headers(), body);
            if (shape != null) {
                return "status " + status + " not AWS-shaped: " + shape + " for " + request;
            }
            String after = fixtures.state(service);
            return after.equals(before) ? null : "rejected with " + status + " but changed the state: " + request
                    + "\n    before " + before + "\n    after  " + after;
        }
    }

    /**
     * The oracle of a service checked against its model: why the model refuses the request as it reached the
     * seed's operation (unchanged target, content type and method, a body that parses; for Query, the same
     * action and credential scope, which picks the service of an action several have), or null.
     */
    private static String modelRefusal(FuzzCase fuzzCase, WireRequest request, AccountFixtures fixtures) {
        ServiceDefinition service = fuzzCase.seed().service();
        WireRequest pristine = new FuzzCase(fuzzCase.seed(), List.of()).render(fixtures, MAX_REQUEST_BYTES);
        if (service.inputChecks() == null || !Objects.equals(request.target, pristine.target)
                || !Objects.equals(request.contentType, pristine.contentType) || !request.method.equals("POST")) {
            return null;
        }
        if (request.encoding == WireRequest.Encoding.QUERY) {
            return Objects.equals(request.authorization, pristine.authorization)
                    ? QueryFormOracle.refusal(service, fuzzCase.seed().operation(), request.body) : null;
        }
        JsonNode tree;
        try {
            tree = (request.encoding == WireRequest.Encoding.CBOR ? CBOR : JSON).readTree(request.body);
        } catch (IOException e) {
            return null;
        }
        if (tree == null || !tree.isObject()) {
            return null;
        }
        try {
            service.inputChecks().check(fuzzCase.seed().operation(), tree);
            return null;
        } catch (AwsException refused) {
            return refused.getMessage();
        }
    }

    private static HttpRequest toHttp(WireRequest request) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(server.endpoint())
                .timeout(Duration.ofSeconds(5))
                .method(request.method, HttpRequest.BodyPublishers.ofByteArray(request.body));
        if (request.contentType != null) {
            builder.header("Content-Type", request.contentType);
        }
        if (request.target != null) {
            builder.header("X-Amz-Target", request.target);
        }
        if (request.authorization != null) {
            builder.header("Authorization", request.authorization);
        }
        return builder.build();
    }

    private static void count(String outcome) {
        OUTCOMES.computeIfAbsent(outcome, key -> new LongAdder()).increment();
    }

    private static void serverStillAnswersSdkCalls() {
        StaticCredentialsProvider credentials = StaticCredentialsProvider.create(AwsBasicCredentials.create("k", "s"));
        try (SqsClient sqs = SqsClient.builder().endpointOverride(server.endpoint()).region(Region.US_EAST_1)
                     .credentialsProvider(credentials).httpClientBuilder(Apache5HttpClient.builder()).build();
             SnsClient sns = SnsClient.builder().endpointOverride(server.endpoint()).region(Region.US_EAST_1)
                     .credentialsProvider(credentials).httpClientBuilder(Apache5HttpClient.builder()).build();
             KinesisClient kinesis = KinesisClient.builder().endpointOverride(server.endpoint()).region(Region.US_EAST_1)
                     .credentialsProvider(credentials).httpClientBuilder(Apache5HttpClient.builder()).build()) {
            String queue = sqs.createQueue(b -> b.queueName("after-fuzzing")).queueUrl();
            sqs.sendMessage(b -> b.queueUrl(queue).messageBody("still here"));
            assertThat(sqs.receiveMessage(b -> b.queueUrl(queue)).messages()).singleElement()
                    .satisfies(message -> assertThat(message.body()).isEqualTo("still here"));
            assertThat(sns.createTopic(b -> b.name("after-fuzzing")).topicArn()).endsWith(":after-fuzzing");
            kinesis.createStream(b -> b.streamName("after-fuzzing").shardCount(1));
            assertThat(kinesis.describeStreamSummary(b -> b.streamName("after-fuzzing"))
                    .streamDescriptionSummary().openShardCount()).isEqualTo(1);
        }
    }
}
