package dev.awsemulator.junit;

import dev.awsemulator.core.common.Caller;
import dev.awsemulator.core.sqs.SqsOptions;
import dev.awsemulator.server.faults.Fault;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Options for an {@link AwsEmulatorExtension} registered as a field; start from {@link AwsEmulatorExtension#builder()}. */
public final class AwsEmulatorExtensionBuilder {

    private String region = Caller.DEFAULT_REGION;
    private String accountId = Caller.DEFAULT_ACCOUNT;
    private boolean virtualTime;
    private Instant virtualTimeStart = VirtualClock.DEFAULT_START;
    private boolean resetBetweenTests = true;
    private boolean accountPerTest;
    private SqsOptions sqsOptions = SqsOptions.STRICT;
    private boolean failOnUnsupportedOperation;
    private String config = "";
    private long maxRetainedBytes;
    private final Resources resources = new Resources();
    private final List<Fault> faults = new ArrayList<>();

    AwsEmulatorExtensionBuilder() {
    }

    /** The region of the injected clients and the declared resources; default {@code us-east-1}. */
    public AwsEmulatorExtensionBuilder region(String region) {
        this.region = region;
        return this;
    }

    /** The 12-digit account the clients act as and that owns the declared resources; default {@code 000000000000}. */
    public AwsEmulatorExtensionBuilder account(String accountId) {
        if (accountId == null || !Caller.isAccountId(accountId)) {
            throw new IllegalArgumentException("an AWS account id has 12 digits: " + accountId);
        }
        this.accountId = accountId;
        return this;
    }

    /**
     * Runs every timer on a {@link VirtualClock}, starting at {@link VirtualClock#DEFAULT_START}; see there
     * how long polls behave.
     */
    public AwsEmulatorExtensionBuilder virtualTime() {
        return virtualTime(true);
    }

    /** Runs every timer on a {@link VirtualClock} that starts at {@code start}, e.g. a date a test is about. */
    public AwsEmulatorExtensionBuilder virtualTime(Instant start) {
        if (start == null) {
            throw new IllegalArgumentException("the virtual clock needs a start instant");
        }
        this.virtualTimeStart = start;
        return virtualTime(true);
    }

    public AwsEmulatorExtensionBuilder virtualTime(boolean on) {
        this.virtualTime = on;
        return this;
    }

    /**
     * Whether a class-wide emulator is reset before each test (default true); a per-test one is always
     * fresh, and with {@link #accountPerTest()} each test's account is.
     */
    public AwsEmulatorExtensionBuilder resetBetweenTests(boolean reset) {
        this.resetBetweenTests = reset;
        return this;
    }

    /**
     * Gives each test of a class-wide emulator a fresh account of its own, with the config file's and the
     * declared resources created in it, instead of resetting the emulator before each test; the account is
     * deleted after the test. Tests may then run concurrently on one emulator ({@code @Execution(CONCURRENT)}).
     * The injected clients and {@link AwsEmulator} of a test method, of its {@code @BeforeEach} and
     * {@code @AfterEach} methods, and this field on the thread running the test, act as the test's account;
     * constructors, {@code @BeforeAll} methods and other threads get the class's account. Shared by all
     * tests: the port, the clock (so virtual time is refused for tests running concurrently) and the
     * limits that are not per account.
     */
    public AwsEmulatorExtensionBuilder accountPerTest() {
        return accountPerTest(true);
    }

    public AwsEmulatorExtensionBuilder accountPerTest(boolean on) {
        this.accountPerTest = on;
        return this;
    }

    /** AWS's 60-second purge and queue re-creation cooldowns apply (the default). */
    public AwsEmulatorExtensionBuilder strict() {
        this.sqsOptions = SqsOptions.STRICT;
        return this;
    }

    /** Without AWS's 60-second purge and queue re-creation cooldowns, which slow tests down. */
    public AwsEmulatorExtensionBuilder relaxed() {
        this.sqsOptions = SqsOptions.RELAXED;
        return this;
    }

    /**
     * The heap unread SQS messages and unexpired Kinesis records may hold together, estimated per entry;
     * beyond it SendMessage answers OverLimit, PutRecord(s) LimitExceededException and Publish Throttled,
     * as a test of a full emulator may want to see. Default: half of the test JVM's maximum heap.
     */
    public AwsEmulatorExtensionBuilder maxRetainedBytes(long bytes) {
        if (bytes <= 0) {
            throw new IllegalArgumentException("maxRetainedBytes must be positive: " + bytes);
        }
        this.maxRetainedBytes = bytes;
        return this;
    }

    /** Fails a test during which the emulator received an operation it does not implement. */
    public AwsEmulatorExtensionBuilder failOnUnsupportedOperation(boolean fail) {
        this.failOnUnsupportedOperation = fail;
        return this;
    }

    /**
     * An Amazon MQ ActiveMQ broker with one user, started with the emulator and after every reset; reach it
     * with {@link AwsEmulator#mqBroker(String)}. Needs {@code dev.awsemulator:mq-activemq} on the test
     * classpath for a broker that runs (without it the broker is control plane only). Anything more (groups,
     * configurations) goes through {@link #resource}: {@code brokers} and {@code brokerConfigurations}.
     */
    public AwsEmulatorExtensionBuilder activeMqBroker(String name, String username, String password) {
        return resource("brokers", Map.of("name", name, "users",
                List.of(Map.of("username", username, "password", password))));
    }

    /** An Amazon MQ RabbitMQ broker with its administrator; needs {@code dev.awsemulator:mq-rabbitmq}. */
    public AwsEmulatorExtensionBuilder rabbitMqBroker(String name, String username, String password) {
        return resource("brokers", Map.of("name", name, "engineType", "RABBITMQ", "users",
                List.of(Map.of("username", username, "password", password))));
    }

    /** Queues by name; a name ending in {@code .fifo} makes a FIFO queue. */
    public AwsEmulatorExtensionBuilder queue(String... names) {
        for (String name : names) {
            queue(name, Map.of());
        }
        return this;
    }

    /** A queue with attributes as CreateQueue takes them ({@code VisibilityTimeout}, {@code DelaySeconds}, ...). */
    public AwsEmulatorExtensionBuilder queue(String name, Map<String, String> attributes) {
        return resource("queues", Map.of("name", name, "attributes", attributes));
    }

    /** A FIFO queue; with {@code contentBasedDeduplication}, the body's hash is the deduplication id. */
    public AwsEmulatorExtensionBuilder fifoQueue(String name, boolean contentBasedDeduplication) {
        return queue(name, Map.of("FifoQueue", "true", "ContentBasedDeduplication",
                String.valueOf(contentBasedDeduplication)));
    }

    /** Topics by name; a name ending in {@code .fifo} makes a FIFO topic. */
    public AwsEmulatorExtensionBuilder topic(String... names) {
        for (String name : names) {
            topic(name, Map.of());
        }
        return this;
    }

    /** A topic with attributes as CreateTopic takes them. */
    public AwsEmulatorExtensionBuilder topic(String name, Map<String, String> attributes) {
        return resource("topics", Map.of("name", name, "attributes", attributes));
    }

    /** Subscribes a declared queue to a declared topic, both by name. */
    public AwsEmulatorExtensionBuilder subscribe(String topic, String queue) {
        return subscribe(topic, queue, Map.of());
    }

    /** Subscribes a queue to a topic with a filter policy (JSON, on message attributes). */
    public AwsEmulatorExtensionBuilder subscribe(String topic, String queue, String filterPolicy) {
        return subscribe(topic, queue, Map.of("FilterPolicy", filterPolicy));
    }

    /** Subscribes with any subscription attributes: {@code FilterPolicy}, {@code FilterPolicyScope}, {@code RawMessageDelivery}. */
    public AwsEmulatorExtensionBuilder subscribe(String topic, String queue, Map<String, String> attributes) {
        return resource("subscriptions", Map.of("topic", topic, "queue", queue, "attributes", attributes));
    }

    /** Kinesis streams of one shard each. */
    public AwsEmulatorExtensionBuilder stream(String... names) {
        for (String name : names) {
            stream(name, 1);
        }
        return this;
    }

    /** A provisioned Kinesis stream with this many shards. */
    public AwsEmulatorExtensionBuilder stream(String name, int shardCount) {
        return resource("streams", Map.of("name", name, "shardCount", shardCount));
    }

    /**
     * Amazon MSK clusters of one broker each, plaintext and TLS, served by real Kafka brokers in this JVM:
     * {@code dev.awsemulator:emulator-kafka} must be on the test classpath. A reset stops their brokers and
     * starts new, empty ones; a class whose tests share a cluster's topics may prefer
     * {@code resetBetweenTests(false)}.
     */
    public AwsEmulatorExtensionBuilder cluster(String... names) {
        for (String name : names) {
            cluster(name, 1);
        }
        return this;
    }

    /** An MSK cluster with this many brokers; more keys (configuration, authentication) through {@link #resource}. */
    public AwsEmulatorExtensionBuilder cluster(String name, int brokers) {
        return resource("mskClusters", Map.of("name", name, "brokers", brokers));
    }

    /**
     * Any resource a config file can declare, in its words: the section's key and one entry's keys, e.g.
     * {@code resource("streams", Map.of("name", "clicks", "mode", "ON_DEMAND", "consumers", List.of("audit")))}.
     * Entries may name resources of the config file and of the other declarations, as in a file.
     */
    public AwsEmulatorExtensionBuilder resource(String section, Map<String, ?> entry) {
        resources.add(section, entry);
        return this;
    }

    /**
     * A fault rule for the clients' account, added after the declared resources at start and after each reset;
     * it may name them. A rule the emulator refuses (an unknown operation, an error the operation cannot
     * return, a resource that does not exist) fails the class with the reason.
     *
     * <pre>{@code .queue("orders").fault(Fault.on("sqs", "SendMessage").resource("orders").times(1).fail("RequestThrottled"))}</pre>
     */
    public AwsEmulatorExtensionBuilder fault(Fault fault) {
        faults.add(fault);
        return this;
    }

    /**
     * A config file, as the dev server's {@code --config} reads it (YAML, or JSON when the name ends in
     * {@code .json}): a classpath resource of this name, else a file path. Its resources are created
     * in this emulator's account and region at start and after each reset, before the ones declared here.
     */
    public AwsEmulatorExtensionBuilder config(String location) {
        this.config = location;
        return this;
    }

    public AwsEmulatorExtension build() {
        return AwsEmulatorExtension.of(settings());
    }

    /**
     * Starts an emulator with these settings now, for code that owns its lifetime instead of JUnit (a Spring
     * test context, a {@code main}): the returned extension is its handle at once, and
     * {@link AwsEmulatorExtension#close()} stops it. A config file is looked up with this thread's context
     * class loader.
     */
    public AwsEmulatorExtension start() {
        return AwsEmulatorExtension.started(settings(), Thread.currentThread().getContextClassLoader());
    }

    Settings settings() {
        return new Settings(region, accountId, virtualTime, virtualTimeStart, resetBetweenTests, accountPerTest,
                sqsOptions, failOnUnsupportedOperation, resources.tree(), config, maxRetainedBytes,
                List.copyOf(faults));
    }
}
