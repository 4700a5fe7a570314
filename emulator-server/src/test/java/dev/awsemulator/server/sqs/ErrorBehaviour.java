package dev.awsemulator.server.sqs;

import dev.awsemulator.server.testsupport.SqsDriver;
import dev.awsemulator.server.testsupport.SqsDriver.Attribute;
import dev.awsemulator.server.testsupport.SqsDriver.HandleEntry;
import dev.awsemulator.server.testsupport.SqsDriver.Receive;
import dev.awsemulator.server.testsupport.SqsDriver.Send;
import dev.awsemulator.server.testsupport.SqsFault;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static dev.awsemulator.server.testsupport.SqsFault.BATCH_ENTRY_IDS_NOT_DISTINCT;
import static dev.awsemulator.server.testsupport.SqsFault.BATCH_REQUEST_TOO_LONG;
import static dev.awsemulator.server.testsupport.SqsFault.EMPTY_BATCH_REQUEST;
import static dev.awsemulator.server.testsupport.SqsFault.INVALID_ATTRIBUTE_NAME;
import static dev.awsemulator.server.testsupport.SqsFault.INVALID_ATTRIBUTE_VALUE;
import static dev.awsemulator.server.testsupport.SqsFault.INVALID_BATCH_ENTRY_ID;
import static dev.awsemulator.server.testsupport.SqsFault.INVALID_MESSAGE_CONTENTS;
import static dev.awsemulator.server.testsupport.SqsFault.INVALID_PARAMETER_VALUE;
import static dev.awsemulator.server.testsupport.SqsFault.MESSAGE_NOT_INFLIGHT;
import static dev.awsemulator.server.testsupport.SqsFault.MISSING_PARAMETER;
import static dev.awsemulator.server.testsupport.SqsFault.NON_EXISTENT_QUEUE;
import static dev.awsemulator.server.testsupport.SqsFault.QUEUE_ALREADY_EXISTS;
import static dev.awsemulator.server.testsupport.SqsFault.RECEIPT_HANDLE_IS_INVALID;
import static dev.awsemulator.server.testsupport.SqsFault.TOO_MANY_ENTRIES_IN_BATCH_REQUEST;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Error paths and limits of PROTOCOL.md §9: each rejected request answers AWS's code, status and
 * (where AWS's text is on record) message, and leaves every queue as it was. Requests that need no
 * preparation are rows of one table; the rest are tests of their own.
 */
abstract class ErrorBehaviour extends SqsBehaviour {

    private static final int ONE_MIB = 1_048_576;

    /** A standard queue with MaximumMessageSize 1024 holding one message. */
    private String queue;
    private String fifo;

    @BeforeEach
    void createQueues() {
        queue = sqs.createQueue("errors", Map.of("MaximumMessageSize", "1024"));
        fifo = sqs.createQueue("errors.fifo", Map.of("FifoQueue", "true"));
        sqs.sendMessage(queue, Send.body("already here"));
    }

    /** A queue URL of this emulator that names no queue (SDK v1 sends its requests to the URL's host). */
    private static String missing(String queueUrl) {
        return queueUrl.substring(0, queueUrl.lastIndexOf('/') + 1) + "missing";
    }

    private static String text(int bytes) {
        return "x".repeat(bytes);
    }

    /** One request the table rejects; {@code message} null where AWS's text is not on record. */
    record Rejection(String name, SqsFault fault, String message, Call call) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** A request against the standard queue and the FIFO queue of the fixture. */
    @FunctionalInterface
    interface Call {
        void run(SqsDriver sqs, String queue, String fifo);
    }

    private static Rejection rejection(String name, SqsFault fault, String message, Call call) {
        return new Rejection(name, fault, message, call);
    }

    static Stream<Rejection> rejections() {
        Map<String, Attribute> eleven = new LinkedHashMap<>();
        IntStream.range(0, 11).forEach(i -> eleven.put("a" + i, Attribute.string("v")));
        String nameReason = "Can only include alphanumeric characters, hyphens, or underscores. 1 to 80 in length";
        String sizeReason = "One or more parameters are invalid. Reason: Message must be shorter than 1024 bytes.";
        String idReason = "A batch entry id can only contain alphanumeric characters, hyphens and underscores. "
                + "It can be at most 80 letters long.";
        return Stream.of(
                // queues
                rejection("send to a missing queue", NON_EXISTENT_QUEUE, null,
                        (sqs, queue, fifo) -> sqs.sendMessage(missing(queue), Send.body("lost"))),
                rejection("delete a missing queue", NON_EXISTENT_QUEUE, null,
                        (sqs, queue, fifo) -> sqs.deleteQueue(missing(queue))),
                // the model's required members are checked before the queue is looked up
                rejection("delete a message without its handle from a missing queue", MISSING_PARAMETER,
                        "The request must contain the parameter ReceiptHandle.",
                        (sqs, queue, fifo) -> sqs.deleteMessage(missing(queue), null)),
                rejection("URL of a missing queue", NON_EXISTENT_QUEUE, null,
                        (sqs, queue, fifo) -> sqs.getQueueUrl("missing")),
                rejection("create with other attributes", QUEUE_ALREADY_EXISTS, "A queue already exists with the "
                        + "same name and a different value for attribute DelaySeconds",
                        (sqs, queue, fifo) -> sqs.createQueue("errors", Map.of("DelaySeconds", "5"))),
                rejection("queue name with a space", INVALID_PARAMETER_VALUE, nameReason,
                        (sqs, queue, fifo) -> sqs.createQueue("has space")),
                rejection("queue name of 81 characters", INVALID_PARAMETER_VALUE, nameReason,
                        (sqs, queue, fifo) -> sqs.createQueue(text(81))),
                rejection("FIFO queue name without .fifo", INVALID_PARAMETER_VALUE, "The name of a FIFO queue can "
                        + "only include alphanumeric characters, hyphens, or underscores, must end with .fifo suffix "
                        + "and be 1 to 80 in length.",
                        (sqs, queue, fifo) -> sqs.createQueue("no-suffix", Map.of("FifoQueue", "true"))),
                rejection("removing a permission that was never added", INVALID_PARAMETER_VALUE, null,
                        (sqs, queue, fifo) -> sqs.removePermission(queue, "never-added")),
                // queue attributes
                rejection("FifoQueue on a standard queue", INVALID_ATTRIBUTE_NAME, "Unknown Attribute FifoQueue.",
                        (sqs, queue, fifo) -> sqs.setQueueAttributes(queue, Map.of("FifoQueue", "true"))),
                rejection("change of queue type", INVALID_ATTRIBUTE_VALUE, "Invalid value for the parameter FifoQueue. "
                        + "Reason: Modifying queue type is not supported.",
                        (sqs, queue, fifo) -> sqs.setQueueAttributes(fifo, Map.of("FifoQueue", "false"))),
                rejection("ContentBasedDeduplication on a standard queue", INVALID_ATTRIBUTE_NAME,
                        "Unknown Attribute ContentBasedDeduplication.", (sqs, queue, fifo) -> sqs.createQueue("plain",
                        Map.of("ContentBasedDeduplication", "true"))),
                rejection("DeduplicationScope on a standard queue", INVALID_ATTRIBUTE_NAME, "You can specify the "
                        + "DeduplicationScope only when FifoQueue is set to true.", (sqs, queue, fifo) ->
                        sqs.setQueueAttributes(queue, Map.of("DeduplicationScope", "messageGroup"))),
                rejection("FifoThroughputLimit on a standard queue", INVALID_ATTRIBUTE_NAME, "You can specify the "
                        + "FifoThroughputLimit only when FifoQueue is set to true.",
                        (sqs, queue, fifo) -> sqs.createQueue("plain", Map.of("FifoThroughputLimit", "perQueue"))),
                rejection("VisibilityTimeout above 12 hours", INVALID_ATTRIBUTE_VALUE, null,
                        (sqs, queue, fifo) -> sqs.setQueueAttributes(queue, Map.of("VisibilityTimeout", "43201"))),
                rejection("one bad attribute among good ones", INVALID_ATTRIBUTE_VALUE, null, (sqs, queue, fifo) ->
                        sqs.setQueueAttributes(queue, Map.of("DelaySeconds", "5", "MessageRetentionPeriod", "59"))),
                rejection("reading an unknown attribute", INVALID_ATTRIBUTE_NAME, null,
                        (sqs, queue, fifo) -> sqs.getQueueAttributes(queue, "Colour")),
                rejection("setting an unknown attribute", INVALID_ATTRIBUTE_NAME, null,
                        (sqs, queue, fifo) -> sqs.setQueueAttributes(queue, Map.of("Colour", "blue"))),
                // message contents
                rejection("body above MaximumMessageSize", INVALID_PARAMETER_VALUE, sizeReason,
                        (sqs, queue, fifo) -> sqs.sendMessage(queue, Send.body(text(1025)))),
                rejection("body and attributes above MaximumMessageSize", INVALID_PARAMETER_VALUE, sizeReason,
                        (sqs, queue, fifo) -> sqs.sendMessage(queue, Send.body(text(1000))
                                .withAttribute("padding", Attribute.string(text(20))))),
                rejection("empty body", MISSING_PARAMETER, "The request must contain the parameter MessageBody.",
                        (sqs, queue, fifo) -> sqs.sendMessage(queue, Send.body(""))),
                rejection("control character in the body", INVALID_MESSAGE_CONTENTS, "Invalid characters found. Valid "
                        + "unicode characters are #x9 | #xA | #xD | #x20 to #xD7FF | #xE000 to #xFFFD | #x10000 to "
                        + "#x10FFFF", (sqs, queue, fifo) -> sqs.sendMessage(queue, Send.body("bell \u0007"))),
                rejection("eleven message attributes", INVALID_PARAMETER_VALUE, "Number of message attributes [11] "
                        + "exceeds the allowed maximum [10].",
                        (sqs, queue, fifo) -> sqs.sendMessage(queue, Send.body("crowded").withAttributes(eleven))),
                rejection("empty String attribute", INVALID_PARAMETER_VALUE, "Message (user) attribute 'ErrorDetails' "
                        + "must contain a non-empty value of type 'String'.", (sqs, queue, fifo) -> sqs.sendMessage(
                        queue, Send.body("blank").withAttribute("ErrorDetails", Attribute.string("")))),
                // FIFO sends
                rejection("per-message delay on a FIFO queue", INVALID_PARAMETER_VALUE, "Value 2 for parameter "
                        + "DelaySeconds is invalid. Reason: The request include parameter that is not valid for this "
                        + "queue type.", (sqs, queue, fifo) -> sqs.sendMessage(fifo, Send.body("delayed").inGroup("g")
                        .deduplicatedBy("d").withDelay(2))),
                rejection("FIFO message without a group", MISSING_PARAMETER, "The request must contain the parameter "
                        + "MessageGroupId.", (sqs, queue, fifo) -> sqs.sendMessage(fifo, Send.body("loose")
                        .deduplicatedBy("d"))),
                rejection("FIFO message without deduplication", INVALID_PARAMETER_VALUE, "The queue should either have "
                        + "ContentBasedDeduplication enabled or MessageDeduplicationId provided explicitly",
                        (sqs, queue, fifo) -> sqs.sendMessage(fifo, Send.body("x").inGroup("g"))),
                // receipt handles and receives
                rejection("delete with a malformed receipt handle", RECEIPT_HANDLE_IS_INVALID, "The input receipt "
                        + "handle \"garbage\" is not a valid receipt handle.",
                        (sqs, queue, fifo) -> sqs.deleteMessage(queue, "garbage")),
                rejection("visibility change with a malformed receipt handle", RECEIPT_HANDLE_IS_INVALID, null,
                        (sqs, queue, fifo) -> sqs.changeMessageVisibility(queue, "garbage", 10)),
                rejection("receive of eleven messages", INVALID_PARAMETER_VALUE, "Value 11 for parameter "
                        + "MaxNumberOfMessages is invalid. Reason: Must be between 1 and 10, if provided.",
                        (sqs, queue, fifo) -> sqs.receiveMessage(queue, Receive.upTo(11))),
                rejection("receive of no messages", INVALID_PARAMETER_VALUE, "Value 0 for parameter "
                        + "MaxNumberOfMessages is invalid. Reason: Must be between 1 and 10, if provided.",
                        (sqs, queue, fifo) -> sqs.receiveMessage(queue, Receive.upTo(0))),
                rejection("wait of 21 seconds", INVALID_PARAMETER_VALUE, "Value 21 for parameter WaitTimeSeconds is "
                        + "invalid. Reason: Must be >= 0 and <= 20, if provided.",
                        (sqs, queue, fifo) -> sqs.receiveMessage(queue, Receive.upTo(1).waitingUpTo(21))),
                rejection("receive hiding beyond 12 hours", INVALID_PARAMETER_VALUE, "Value 43201 for parameter "
                        + "VisibilityTimeout is invalid. Reason: Must be >= 0 and <= 43200, if provided.",
                        (sqs, queue, fifo) -> sqs.receiveMessage(queue, Receive.upTo(1).hidingFor(43_201))),
                // batches
                rejection("eleven batch entries", TOO_MANY_ENTRIES_IN_BATCH_REQUEST, "Maximum number of entries per "
                        + "request are 10. You have sent 11.", (sqs, queue, fifo) -> sqs.sendMessageBatch(queue,
                        IntStream.range(0, 11).mapToObj(i -> Send.body("m").withId("e" + i)).toList())),
                rejection("empty send batch", EMPTY_BATCH_REQUEST, null,
                        (sqs, queue, fifo) -> sqs.sendMessageBatch(queue, List.of())),
                rejection("empty delete batch", EMPTY_BATCH_REQUEST, null,
                        (sqs, queue, fifo) -> sqs.deleteMessageBatch(queue, List.of())),
                rejection("empty visibility batch", EMPTY_BATCH_REQUEST, null,
                        (sqs, queue, fifo) -> sqs.changeMessageVisibilityBatch(queue, List.of())),
                rejection("batch entry id with a dot", INVALID_BATCH_ENTRY_ID, idReason,
                        (sqs, queue, fifo) -> sqs.sendMessageBatch(queue, List.of(Send.body("m").withId("has.dot")))),
                rejection("batch entry id of 81 characters", INVALID_BATCH_ENTRY_ID, idReason, (sqs, queue, fifo) ->
                        sqs.deleteMessageBatch(queue, List.of(HandleEntry.of(text(81), "handle")))),
                rejection("repeated batch entry ids", BATCH_ENTRY_IDS_NOT_DISTINCT, null, (sqs, queue, fifo) ->
                        sqs.sendMessageBatch(queue, List.of(Send.body("a").withId("same"),
                                Send.body("b").withId("same")))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rejections")
    void rejectedRequestAnswersAwsErrorAndChangesNothing(Rejection rejection) {
        Runnable call = () -> rejection.call().run(sqs, queue, fifo);
        if (rejection.message() == null) {
            rejects(rejection.fault(), call);
        } else {
            rejects(rejection.fault(), rejection.message(), call);
        }
    }

    @Test
    void missingQueueIsDescribedAsAwsDescribesIt() {
        String message = rejects(NON_EXISTENT_QUEUE, () -> sqs.purgeQueue(missing(queue))).errorMessage();

        assertThat(message).startsWith("The specified queue does not exist");
    }

    @Test
    void messageOfExactlyMaximumMessageSizeIsAccepted() {
        sqs.sendMessage(queue, Send.body(text(1014)).withAttribute("pad", Attribute.string(text(1))));

        assertThat(counts(queue)).isEqualTo("2/0/0");
    }

    @Test
    void fifoBatchWithAnEntryWithoutAGroupIsRefusedWhole() {
        rejects(INVALID_PARAMETER_VALUE, "The request must contain the parameter MessageGroupId.",
                () -> sqs.sendMessageBatch(fifo, List.of(Send.body("grouped").inGroup("g").deduplicatedBy("d2")
                        .withId("grouped"), Send.body("loose").deduplicatedBy("d").withId("loose"))));

        assertThat(receiveBodies(fifo)).isEmpty();
    }

    @Test
    void fifoBatchWithAnEntryWithoutDeduplicationIsRefusedWhole() {
        rejects(INVALID_PARAMETER_VALUE, "The queue should either have ContentBasedDeduplication enabled or "
                + "MessageDeduplicationId provided explicitly", () -> sqs.sendMessageBatch(fifo, List.of(
                Send.body("grouped").inGroup("g").deduplicatedBy("d2").withId("grouped"),
                Send.body("undeduplicated").inGroup("g").withId("plain"))));

        assertThat(receiveBodies(fifo)).isEmpty();
    }

    @Test
    void receiptHandleOfAnotherQueueIsInvalid() {
        String other = sqs.createQueue("other");
        sqs.sendMessage(other, Send.body("elsewhere"));
        String foreign = receiveOne(other).receiptHandle();

        rejects(RECEIPT_HANDLE_IS_INVALID, () -> sqs.deleteMessage(queue, foreign));
    }

    @Test
    void expiredFifoReceiptHandleCannotDelete() {
        sqs.sendMessage(fifo, Send.body("slow consumer").inGroup("g").deduplicatedBy("d"));
        String handle = receiveOne(fifo).receiptHandle();
        advanceSeconds(30);

        rejects(INVALID_PARAMETER_VALUE, "Value " + handle + " for parameter ReceiptHandle is invalid. Reason: The "
                + "receipt handle has expired.", () -> sqs.deleteMessage(fifo, handle));
    }

    @Test
    void changingVisibilityOfAMessageNoLongerInFlightIsMessageNotInflight() {
        String handle = sqs.receiveMessage(queue, Receive.upTo(1).hidingFor(5)).get(0).receiptHandle();
        advanceSeconds(5);

        rejects(MESSAGE_NOT_INFLIGHT, () -> sqs.changeMessageVisibility(queue, handle, 60));
    }

    @Test
    void visibilityCannotExtendBeyondTwelveHoursFromTheReceive() {
        String handle = sqs.receiveMessage(queue, Receive.upTo(1).hidingFor(43_200)).get(0).receiptHandle();
        advanceSeconds(3600);

        rejects(INVALID_PARAMETER_VALUE, "Value 40000 for parameter VisibilityTimeout is invalid. Reason: Total "
                + "VisibilityTimeout for the message is beyond the limit [43200 seconds]",
                () -> sqs.changeMessageVisibility(queue, handle, 40_000));
        sqs.changeMessageVisibility(queue, handle, 39_600);
    }

    @Test
    void batchLongerThanOneMibIsBatchRequestTooLong() {
        String big = sqs.createQueue("big");
        List<Send> entries = List.of(Send.body(text(ONE_MIB / 2)).withId("a"), Send.body(text(ONE_MIB / 2)).withId("b"),
                Send.body("x").withId("c"));

        rejects(BATCH_REQUEST_TOO_LONG, "Batch requests cannot be longer than 1048576 bytes. You have sent 1048577 "
                + "bytes.", () -> sqs.sendMessageBatch(big, entries));
    }
}
