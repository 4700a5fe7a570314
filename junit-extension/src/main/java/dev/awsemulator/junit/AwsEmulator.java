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
     * real-time limit per call, so a long poll that nobody advances fails instead of hanging; a later
     * {@code overrideConfiguration} of the caller replaces it.
     */
    <B extends AwsClientBuilder<B, ?>> B configure(B builder);

    /**
     * The client of that type this emulator injects ({@code SqsClient.class}, {@code SnsAsyncClient.class},
     * ...): made on first use, closed with the emulator (a test's own account's: after the test).
     */
    <T> T client(Class<T> clientType);

    /** The URL of the named queue, as CreateQueue would return it. */
    String queueUrl(String queueName);

    /** The ARN of the named topic. */
    String topicArn(String topicName);

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
