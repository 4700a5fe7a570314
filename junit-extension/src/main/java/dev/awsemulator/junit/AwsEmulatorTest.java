package dev.awsemulator.junit;

import org.junit.jupiter.api.extension.ExtendWith;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * One emulator for the annotated class, on a free port, stopped after the class; {@code @Nested}
 * classes share it, and its state is reset before each test unless {@link #resetBetweenTests()} is
 * false or {@link #accountPerTest()} gives each test an account of its own. Test methods, lifecycle methods and constructors can take {@code SqsClient},
 * {@code SqsAsyncClient}, {@code SnsClient}, {@code SnsAsyncClient}, {@link AwsEmulator} and
 * {@link VirtualClock} parameters.
 *
 * <p>Kept small on purpose; {@link AwsEmulatorExtension#builder()} offers everything else (account,
 * FIFO queues, subscriptions with filter policies, failing on unsupported calls).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(AwsEmulatorExtension.class)
public @interface AwsEmulatorTest {

    /** The region of the injected clients and of the pre-created resources. */
    String region() default "us-east-1";

    /**
     * Runs every timer of the emulator (visibility, delays, deduplication windows, long-poll
     * timeouts) on a {@link VirtualClock} that only {@link VirtualClock#advance} moves.
     */
    boolean virtualTime() default false;

    /**
     * Where virtual time starts, as an ISO-8601 instant; read only with {@link #virtualTime()}. The
     * default is {@link VirtualClock#DEFAULT_START}.
     */
    String virtualTimeStart() default "2026-01-01T00:00:00Z";

    /**
     * Without AWS's 60-second cooldowns between two PurgeQueue calls on a queue and before a deleted
     * queue's name can be used again, which would otherwise fail a test that purges twice or re-creates
     * a queue; see {@link AwsEmulatorExtensionBuilder#relaxed()}.
     */
    boolean relaxed() default false;

    /** Deletes every resource and re-creates the declared ones, empty, before each test. */
    boolean resetBetweenTests() default true;

    /**
     * Each test gets a fresh account of its own, with the declared resources, instead of a reset, so the
     * class's tests may run concurrently on this one emulator; see
     * {@link AwsEmulatorExtensionBuilder#accountPerTest()}.
     */
    boolean accountPerTest() default false;

    /** Standard queues to create, by name; a name ending in {@code .fifo} makes a FIFO queue. */
    String[] queues() default {};

    /** Topics to create, by name; a name ending in {@code .fifo} makes a FIFO topic. */
    String[] topics() default {};

    /** Kinesis streams to create, one shard each (the builder takes shard counts). */
    String[] streams() default {};

    /**
     * Amazon MSK clusters to create, one broker each (the builder takes broker counts); needs
     * {@code dev.awsemulator:emulator-kafka} on the test classpath.
     */
    String[] clusters() default {};

    /**
     * A config file of queues, topics, subscriptions and streams, in the dev server's format (YAML, or
     * JSON when the name ends in {@code .json}): a classpath resource of this name, else a file path.
     * Its resources are created at start and again after each reset.
     */
    String config() default "";
}
