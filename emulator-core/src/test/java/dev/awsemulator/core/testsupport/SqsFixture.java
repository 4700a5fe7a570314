package dev.awsemulator.core.testsupport;

import dev.awsemulator.core.common.AwsException;
import dev.awsemulator.core.common.Caller;
import dev.awsemulator.core.common.ErrorCode;
import dev.awsemulator.core.sqs.SqsOptions;
import dev.awsemulator.core.sqs.SqsService;
import dev.awsemulator.core.sqs.api.CreateQueueRequest;
import dev.awsemulator.core.sqs.api.DeleteMessageRequest;
import dev.awsemulator.core.sqs.api.GetQueueAttributesRequest;
import dev.awsemulator.core.sqs.api.Message;
import dev.awsemulator.core.sqs.api.MessageAttributeValue;
import dev.awsemulator.core.sqs.api.ReceiveMessageRequest;
import dev.awsemulator.core.sqs.api.ReceiveMessageResult;
import dev.awsemulator.core.sqs.api.SendMessageRequest;
import dev.awsemulator.core.sqs.api.SendMessageResult;
import dev.awsemulator.core.sqs.api.SetQueueAttributesRequest;
import dev.awsemulator.core.time.ManualClock;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * One SQS engine on virtual time, with short-hands for the calls tests make over and over. Every
 * helper goes through the public {@link SqsService} API, exactly as the protocol layer would.
 */
public final class SqsFixture {

    public static final Caller CALLER = new Caller("000000000000", "us-east-1", URI.create("http://localhost:4566"));
    public static final String URL_PREFIX = "http://localhost:4566/000000000000/";
    public static final String ARN_PREFIX = "arn:aws:sqs:us-east-1:000000000000:";

    public final ManualClock clock;
    public final SqsService sqs;

    public SqsFixture() {
        this(SqsOptions.STRICT);
    }

    public SqsFixture(SqsOptions options) {
        clock = new ManualClock();
        sqs = new SqsService(clock, options);
    }

    /** The short-hands on a service built elsewhere, e.g. by an emulator with a data directory. */
    public SqsFixture(ManualClock clock, SqsService sqs) {
        this.clock = clock;
        this.sqs = sqs;
    }

    /** Name/value pairs as an ordered map: {@code attributes("DelaySeconds", "5")}. */
    public static Map<String, String> attributes(String... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("names and values come in pairs");
        }
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            map.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return map;
    }

    // ---- time ----

    public void advanceSeconds(long seconds) {
        clock.advance(Duration.ofSeconds(seconds));
    }

    public void advanceMillis(long millis) {
        clock.advance(Duration.ofMillis(millis));
    }

    // ---- queues ----

    public String createQueue(String name, String... attributePairs) {
        return sqs.createQueue(CALLER, new CreateQueueRequest(name, attributes(attributePairs), null)).queueUrl();
    }

    /** A FIFO queue; {@code name} must end with {@code .fifo}. */
    public String createFifoQueue(String name, String... attributePairs) {
        Map<String, String> attributes = attributes(attributePairs);
        attributes.put("FifoQueue", "true");
        return sqs.createQueue(CALLER, new CreateQueueRequest(name, attributes, null)).queueUrl();
    }

    public void setAttributes(String queueUrl, String... attributePairs) {
        sqs.setQueueAttributes(CALLER, new SetQueueAttributesRequest(queueUrl, attributes(attributePairs)));
    }

    public Map<String, String> allAttributes(String queueUrl) {
        return sqs.getQueueAttributes(CALLER, new GetQueueAttributesRequest(queueUrl, List.of("All"))).attributes();
    }

    public String attribute(String queueUrl, String name) {
        return sqs.getQueueAttributes(CALLER, new GetQueueAttributesRequest(queueUrl, List.of(name)))
                .attributes().get(name);
    }

    public static String arnOf(String queueName) {
        return ARN_PREFIX + queueName;
    }

    /** The three approximate counts, read through GetQueueAttributes. */
    public record Counts(int visible, int notVisible, int delayed) {
    }

    public Counts counts(String queueUrl) {
        Map<String, String> read = sqs.getQueueAttributes(CALLER, new GetQueueAttributesRequest(queueUrl,
                List.of("ApproximateNumberOfMessages", "ApproximateNumberOfMessagesNotVisible",
                        "ApproximateNumberOfMessagesDelayed"))).attributes();
        return new Counts(Integer.parseInt(read.get("ApproximateNumberOfMessages")),
                Integer.parseInt(read.get("ApproximateNumberOfMessagesNotVisible")),
                Integer.parseInt(read.get("ApproximateNumberOfMessagesDelayed")));
    }

    // ---- messages ----

    public SendMessageResult send(String queueUrl, String body) {
        return send(new SendMessageRequest(queueUrl, body, null, null, null, null, null));
    }

    public SendMessageResult send(SendMessageRequest request) {
        return sqs.sendMessage(CALLER, request);
    }

    public SendMessageResult sendDelayed(String queueUrl, String body, int delaySeconds) {
        return send(new SendMessageRequest(queueUrl, body, delaySeconds, null, null, null, null));
    }

    public SendMessageResult sendWithAttributes(String queueUrl, String body,
                                                Map<String, MessageAttributeValue> messageAttributes) {
        return send(new SendMessageRequest(queueUrl, body, null, messageAttributes, null, null, null));
    }

    /** A FIFO send; {@code deduplicationId} may be null when the queue has content-based deduplication. */
    public SendMessageResult sendFifo(String queueUrl, String body, String groupId, String deduplicationId) {
        return send(new SendMessageRequest(queueUrl, body, null, null, null, deduplicationId, groupId));
    }

    public static ReceiveMessageRequest receiveRequest(String queueUrl, int max, Integer visibilityTimeout,
                                                       Integer waitTimeSeconds, String attemptId) {
        return new ReceiveMessageRequest(queueUrl, null, List.of("All"), List.of("All"), max, visibilityTimeout,
                waitTimeSeconds, attemptId);
    }

    /** A receive that must answer at once (no long polling). */
    public List<Message> receive(ReceiveMessageRequest request) {
        CompletableFuture<ReceiveMessageResult> result = sqs.receiveMessage(CALLER, request).toCompletableFuture();
        assertThat(result).as("a receive without waiting answers at once").isDone();
        return result.join().messages();
    }

    /** Up to ten messages, the queue's visibility timeout, no waiting. */
    public List<Message> receive(String queueUrl) {
        return receive(receiveRequest(queueUrl, 10, null, 0, null));
    }

    public List<Message> receive(String queueUrl, int max, Integer visibilityTimeout) {
        return receive(receiveRequest(queueUrl, max, visibilityTimeout, 0, null));
    }

    /** Receives exactly one message and returns it. */
    public Message receiveOne(String queueUrl) {
        List<Message> messages = receive(queueUrl, 1, null);
        assertThat(messages).hasSize(1);
        return messages.get(0);
    }

    public List<String> receiveBodies(String queueUrl) {
        return receive(queueUrl).stream().map(Message::body).toList();
    }

    /** A long poll: the future completes when messages arrive or the wait ends. */
    public CompletableFuture<ReceiveMessageResult> receiveWaiting(String queueUrl, int waitTimeSeconds) {
        return sqs.receiveMessage(CALLER, receiveRequest(queueUrl, 10, null, waitTimeSeconds, null))
                .toCompletableFuture();
    }

    /**
     * Asserts that nothing can be received from the queue until exactly {@code seconds} from now, and
     * then exactly the messages with {@code bodies}, in order; leaves the clock at that moment.
     */
    public void assertReceivableAfterExactly(String queueUrl, long seconds, String... bodies) {
        advanceSeconds(seconds - 1);
        assertThat(receive(queueUrl)).as("nothing receivable before %d s", seconds).isEmpty();
        advanceSeconds(1);
        assertThat(receiveBodies(queueUrl)).as("receivable at %d s", seconds).containsExactly(bodies);
    }

    public void delete(String queueUrl, String receiptHandle) {
        sqs.deleteMessage(CALLER, new DeleteMessageRequest(queueUrl, receiptHandle));
    }

    // ---- errors ----

    /**
     * Asserts that {@code call} fails with {@code code} and exactly {@code message} (null: any message),
     * and returns the error for further checks.
     */
    public static AwsException assertAwsError(ThrowingCallable call, ErrorCode code, String message) {
        Throwable thrown = catchThrowable(call);
        assertThat(thrown).isInstanceOf(AwsException.class);
        AwsException error = (AwsException) thrown;
        assertThat(error.errorCode()).isEqualTo(code);
        if (message != null) {
            assertThat(error.getMessage()).isEqualTo(message);
        }
        return error;
    }

    /** Asserts that {@code call} fails with {@code code}, whatever the message. */
    public static AwsException assertAwsError(ThrowingCallable call, ErrorCode code) {
        return assertAwsError(call, code, null);
    }
}
