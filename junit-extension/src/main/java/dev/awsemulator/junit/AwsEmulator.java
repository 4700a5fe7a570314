package dev.awsemulator.junit;

import dev.awsemulator.server.faults.Faults;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;

import java.net.URI;

/**
 * A running emulator, as a test sees it: injected into test methods, lifecycle methods and
 * constructors, and offered by an {@link AwsEmulatorExtension} field. With account-per-test, a test's
 * handle acts as that test's account, the one of constructors and {@code @BeforeAll} as the class's.
 *
 * <pre>{@code
 * SqsClient mine = aws.configure(SqsClient.builder())
 *         .overrideConfiguration(o -> o.retryStrategy(AwsRetryStrategy.doNotRetry()))
 *         .build();
 * }</pre>
 */
public interface AwsEmulator {

    /** Where SDK clients send their calls: give it to {@code endpointOverride}. */
    URI endpoint();

    int port();

    /** The region of the injected clients and the declared resources, e.g. {@code us-east-1}. */
    String region();

    /** The 12-digit account that owns the declared resources and that the injected clients act as. */
    String accountId();

    /** Credentials whose access key id names {@link #accountId()}; the emulator checks no signature. */
    AwsCredentialsProvider credentialsProvider();

    /**
     * Sets endpoint, region and credentials on any SDK client builder and returns it, so callers can
     * add their own options before {@code build()}. With virtual time on it also sets a 30-second
     * real-time limit per call and, on a synchronous client, ends a call that has waited 2 s of real time
     * on a clock nobody advanced (a long poll on the test's own thread) with a {@link StalledWaitException}
     * saying what to do; a later {@code overrideConfiguration} of the caller replaces both.
     */
    <B extends AwsClientBuilder<B, ?>> B configure(B builder);

    /**
     * The client of that type this emulator injects ({@code SqsClient.class}, {@code SnsAsyncClient.class},
     * ...): made on first use, closed with the emulator (a test's own account's: after the test).
     */
    <T> T client(Class<T> clientType);

    /**
     * The URL of the named queue of this account and region, as CreateQueue returns it; an
     * {@link IllegalArgumentException} listing the queues there are if there is no such queue.
     */
    String queueUrl(String queueName);

    /** The ARN of the named queue, as a subscription or a redrive policy names it; checked as {@link #queueUrl}. */
    String queueArn(String queueName);

    /** The ARN of the named topic; an {@link IllegalArgumentException} listing the topics there are if there is none. */
    String topicArn(String topicName);

    /**
     * The named Amazon MQ broker of this account, once it runs (a declared broker starts in the background):
     * its endpoints by protocol and how to trust its certificate. Needs the engine's module on the test
     * classpath ({@code mq-activemq} or {@code mq-rabbitmq}) for a broker that really runs.
     */
    MqBroker mqBroker(String brokerName);

    /**
     * The plaintext bootstrap servers ({@code host:port,...}) of the named MSK cluster, as GetBootstrapBrokers
     * returns them, once the cluster is ACTIVE: its brokers start in real time, so this waits up to three
     * minutes for them (about a second on a quiet machine). Fails with an {@link IllegalStateException} naming the cluster's state when it
     * failed, is not there or has no plaintext listener.
     */
    String bootstrapServers(String clusterName);

    /** The virtual clock; fails with an {@link IllegalStateException} when virtual time is off. */
    VirtualClock clock();

    /**
     * Deletes every resource and re-creates the declared ones, empty; virtual time keeps its value. With
     * account-per-test only this handle's account starts over, since other tests may be using theirs.
     */
    void reset();

    /** Reads queues, published messages and the request journal without changing them. */
    Inspection inspect();

    /**
     * The fault rules for this handle's account: calls its clients make fail, wait, lose their connection or
     * their answer, as a rule says, until the rule is spent, removed or the emulator reset.
     *
     * <pre>{@code
     * FaultRule throttled = aws.faults().add(Fault.on("sqs", "SendMessage").resource("orders").times(2)
     *         .fail("ThrottlingException"));
     * }</pre>
     */
    Faults faults();
}
