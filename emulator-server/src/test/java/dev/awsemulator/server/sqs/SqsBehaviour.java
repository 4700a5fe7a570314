package dev.awsemulator.server.sqs;

import dev.awsemulator.server.testsupport.EmulatorServerExtension;
import dev.awsemulator.server.testsupport.SqsCallFailed;
import dev.awsemulator.server.testsupport.SqsDriver;
import dev.awsemulator.server.testsupport.SqsDriver.Receive;
import dev.awsemulator.server.testsupport.SqsDriver.Received;
import dev.awsemulator.server.testsupport.SqsFault;
import dev.awsemulator.server.testsupport.Wire;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * What every behaviour suite shares: an emulator on virtual time, the driver of the wire protocol the
 * concrete class chose, and the checks that make error tests uniform: the AWS code and status, and
 * that the rejected request changed nothing. The extension is one instance for every suite; it
 * starts a server (and a clock) for each concrete class in turn and empties it before each test.
 */
abstract class SqsBehaviour {

    @RegisterExtension
    static final EmulatorServerExtension aws = new EmulatorServerExtension();

    private final ExecutorService longPolls = Executors.newCachedThreadPool();

    /** The SDK calls of the wire under test. */
    protected SqsDriver sqs;

    /** The wire protocol a concrete suite runs the behaviours over. */
    abstract Wire wire();

    @BeforeEach
    void connect() {
        sqs = wire().driver(aws);
    }

    @AfterEach
    void stopLongPolls() {
        longPolls.shutdownNow();
    }

    // ---- queues and messages ----

    protected String arnOf(String queueUrl) {
        return sqs.getQueueAttribute(queueUrl, "QueueArn");
    }

    protected List<Received> receive(String queueUrl) {
        return sqs.receiveMessage(queueUrl, Receive.upTo(10));
    }

    protected List<String> receiveBodies(String queueUrl) {
        return receive(queueUrl).stream().map(Received::body).toList();
    }

    protected Received receiveOne(String queueUrl) {
        List<Received> received = sqs.receiveMessage(queueUrl, Receive.upTo(1));
        assertThat(received).as("a message to receive").hasSize(1);
        return received.get(0);
    }

    /**
     * Checks that {@code queueUrl} hands out nothing for the next {@code seconds} of virtual time (up
     * to the last second) and then exactly {@code bodies}, which it returns received.
     */
    protected List<Received> assertAppearsAfter(String queueUrl, long seconds, String... bodies) {
        assertThat(receive(queueUrl)).as("received at once").isEmpty();
        advanceSeconds(seconds - 1);
        assertThat(receive(queueUrl)).as("received after %d s", seconds - 1).isEmpty();
        advanceSeconds(1);
        List<Received> received = receive(queueUrl);
        assertThat(received).as("received after %d s", seconds).extracting(Received::body).containsExactly(bodies);
        return received;
    }

    /** The queue's message counts, as visible / not visible (in flight) / delayed. */
    protected String counts(String queueUrl) {
        Map<String, String> attributes = sqs.getQueueAttributes(queueUrl, "ApproximateNumberOfMessages",
                "ApproximateNumberOfMessagesNotVisible", "ApproximateNumberOfMessagesDelayed");
        return attributes.get("ApproximateNumberOfMessages") + "/"
                + attributes.get("ApproximateNumberOfMessagesNotVisible") + "/"
                + attributes.get("ApproximateNumberOfMessagesDelayed");
    }

    protected static void advance(Duration duration) {
        aws.advance(duration);
    }

    protected static void advanceSeconds(long seconds) {
        aws.advance(Duration.ofSeconds(seconds));
    }

    /** The virtual clock's time in epoch milliseconds. */
    protected static long nowMillis() {
        return aws.clock().now().toEpochMilli();
    }

    // ---- long polling on virtual time ----

    /**
     * Starts a receive that waits, and returns once the emulator holds it as a waiter, so that the
     * test can then send or advance time. The waiter shows as a new timer on the virtual clock (the
     * wait's end); reading the queue's counts then waits until the receive has finished registering,
     * because the queue counts and registers waiters under the same lock.
     */
    protected CompletableFuture<List<Received>> longPoll(String queueUrl, Receive receive) {
        int timersBefore = aws.clock().pendingTasks();
        CompletableFuture<List<Received>> poll = CompletableFuture.supplyAsync(
                () -> sqs.receiveMessage(queueUrl, receive), longPolls);
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (aws.clock().pendingTasks() <= timersBefore && !poll.isDone()) {
            if (System.nanoTime() > deadline) {
                fail("the long poll never reached the emulator");
            }
            Thread.onSpinWait();
        }
        counts(queueUrl);
        return poll;
    }

    // ---- rejected requests ----

    /**
     * Runs a call that must fail with {@code fault}, checks the code and status the SDK reports and
     * that every queue (URLs, attributes with message counts, tags, move tasks) is as it was.
     */
    protected SqsCallFailed rejects(SqsFault fault, Runnable call) {
        Map<String, Object> before = state();
        SqsCallFailed failure = null;
        try {
            call.run();
        } catch (SqsCallFailed e) {
            failure = e;
        }
        assertThat(failure).as("the call should fail with %s", fault).isNotNull();
        assertThat(failure.errorCode()).as("error code").isEqualTo(fault.code());
        assertThat(failure.httpStatus()).as("HTTP status").isEqualTo(fault.httpStatus());
        assertThat(state()).as("state after the rejected call").isEqualTo(before);
        return failure;
    }

    /** {@link #rejects(SqsFault, Runnable)}, also checking the message AWS sends. */
    protected void rejects(SqsFault fault, String message, Runnable call) {
        assertThat(rejects(fault, call).errorMessage()).isEqualTo(message);
    }

    private Map<String, Object> state() {
        Map<String, Object> state = new LinkedHashMap<>();
        for (String url : sqs.listQueues()) {
            Map<String, String> attributes = sqs.getQueueAttributes(url);
            state.put(url, List.of(attributes, sqs.listQueueTags(url),
                    sqs.listMessageMoveTasks(attributes.get("QueueArn"), 10)));
        }
        return state;
    }
}
