package dev.awsemulator.server.recordings;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;
import software.amazon.awssdk.services.sqs.model.SendMessageRequest;

import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * FIFO queues replayed: group and deduplication ids, deduplication, sequence numbers, what a FIFO queue refuses.
 * A receive the recording made with a wait and that finds nothing is replayed as a short poll: a long poll waits
 * on the emulator's virtual clock, which no replayed request advances, and answers the same empty response.
 */
class SqsFifoRecordingsTest extends SqsReplayTest {

    private static final String ITEM = "{\"foo\": \"bar\"}";

    private static String deduplicatingQueue(boolean contentBased) {
        return fifoQueue("deduplicating", contentBased ? Map.of("ContentBasedDeduplication", "true") : Map.of());
    }

    /** The item sent to a group, with the deduplication id {@code dedup1} unless the queue uses the content. */
    private static void sendItem(String queue, String group, boolean contentBased) {
        sqs().sendMessage(b -> {
            b.queueUrl(queue).messageBody(ITEM).messageGroupId(group);
            if (!contentBased) {
                b.messageDeduplicationId("dedup1");
            }
        });
    }

    /** The recordings' parameters: an id that is empty, one of 129 characters, one with a space. */
    static Stream<Arguments> invalidIds() {
        return Stream.of(Arguments.of("empty", ""), Arguments.of("too_long", "a".repeat(129)),
                Arguments.of("spaces", "group 123"));
    }

    @Test
    void fifoQueueSendMessageWithDelaySecondsFails() {
        Replay replay = replay("TestSqsProvider::test_fifo_queue_send_message_with_delay_seconds_fails[sqs]");
        String queue = fifoQueue("ordered", Map.of("ContentBasedDeduplication", "true"));

        replay.call("send_message", () -> sqs().sendMessage(b -> b.queueUrl(queue).messageBody("message-1")
                .messageGroupId("1").delaySeconds(2)));
        replay.assertMatchesRecording();
    }

    @Test
    void fifoMessageAttributes() {
        Replay replay = replay("TestSqsProvider::test_fifo_message_attributes[sqs]")
                .replacingMember("ApproximateFirstReceiveTimestamp", "timestamp")
                .replacingMember("SentTimestamp", "timestamp");
        String queue = fifoQueue("ordered", Map.of("ContentBasedDeduplication", "true", "VisibilityTimeout", "0",
                "DeduplicationScope", "messageGroup", "FifoThroughputLimit", "perMessageGroupId"));

        replay.call("send_message", () -> sqs().sendMessage(b -> b.queueUrl(queue).messageBody("message-body-1")
                .messageGroupId("group-1").messageDeduplicationId("dedup-1")));
        replay.call("receive_message_0", () -> sqs().receiveMessage(b -> b.queueUrl(queue)
                .messageSystemAttributeNames(MessageSystemAttributeName.ALL).waitTimeSeconds(10)));
        replay.call("receive_message_1", () -> sqs().receiveMessage(b -> b.queueUrl(queue)
                .messageSystemAttributeNames(MessageSystemAttributeName.ALL).waitTimeSeconds(10)));
        replay.assertMatchesRecording();
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void fifoDeduplicationArrivesOnceAfterDelete(boolean contentBased) {
        Replay replay = replay("TestSqsProvider::test_fifo_deduplication_arrives_once_after_delete[sqs-"
                + (contentBased ? "True" : "False") + "]");
        String queue = deduplicatingQueue(contentBased);
        sendItem(queue, "group-1", contentBased);

        String receipt = replay.call("get-messages", () -> sqs().receiveMessage(b -> b.queueUrl(queue)
                .waitTimeSeconds(3))).messages().get(0).receiptHandle();
        sqs().deleteMessage(b -> b.queueUrl(queue).receiptHandle(receipt));
        sendItem(queue, "group-1", contentBased);
        replay.call("get-messages-duplicate", () -> sqs().receiveMessage(b -> b.queueUrl(queue)));
        replay.assertMatchesRecording();
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void fifoDeduplicationNotOnMessageGroupId(boolean contentBased) {
        Replay replay = replay("TestSqsProvider::test_fifo_deduplication_not_on_message_group_id[sqs-"
                + (contentBased ? "True" : "False") + "]");
        String queue = deduplicatingQueue(contentBased);
        sendItem(queue, "group-1", contentBased);
        sendItem(queue, "group-2", contentBased);

        replay.call("get-messages", () -> sqs().receiveMessage(b -> b.queueUrl(queue).maxNumberOfMessages(1)
                .waitTimeSeconds(2)));
        replay.call("get-dedup-messages", () -> sqs().receiveMessage(b -> b.queueUrl(queue).maxNumberOfMessages(1)));
        replay.assertMatchesRecording();
    }

    @Test
    void sqsFifoSameDedupIdDifferentMessageGroups() {
        Replay replay = replay("TestSqsProvider::test_sqs_fifo_same_dedup_id_different_message_groups[sqs]");
        String queue = queue("deduplicating.fifo", Map.of("FifoQueue", "True", "ContentBasedDeduplication", "False"));
        Consumer<String> send = group -> sqs().sendMessage(b -> b.queueUrl(queue).messageBody("Test")
                .messageGroupId(group).messageDeduplicationId("same-dedup"));

        send.accept("group1");
        String receipt = replay.call("same-dedup-different-grp-1", () -> sqs().receiveMessage(b -> b.queueUrl(queue)))
                .messages().get(0).receiptHandle();
        sqs().deleteMessage(b -> b.queueUrl(queue).receiptHandle(receipt));
        send.accept("group2");
        replay.call("same-dedup-different-grp-2", () -> sqs().receiveMessage(b -> b.queueUrl(queue)));
        replay.assertMatchesRecording();
    }

    @Test
    void postingToFifoRequiresDeduplicationidGroupId() {
        Replay replay = replay("TestSqsProvider::test_posting_to_fifo_requires_deduplicationid_group_id[sqs]");
        String queue = fifoQueue("ordered", Map.of());
        Consumer<SendMessageRequest.Builder> withoutDeduplicationId = b -> b.queueUrl(queue).messageBody("test1a2b")
                .messageGroupId("fifo_group-1a2b");
        Consumer<SendMessageRequest.Builder> withoutGroupId = b -> b.queueUrl(queue).messageBody("test1a2b")
                .messageDeduplicationId("fifo_dedup-1a2b");

        replay.call("invalid-parameter-value", () -> sqs().sendMessage(withoutDeduplicationId));
        replay.call("missing-parameter", () -> sqs().sendMessage(withoutGroupId));
        replay.call("invalid-parameter-value-query", () -> sqs().sendMessage(withoutDeduplicationId));
        replay.call("missing-parameter-query", () -> sqs().sendMessage(withoutGroupId));
        replay.assertMatchesRecording();
    }

    @ParameterizedTest
    @MethodSource("invalidIds")
    void messageDeduplicationIdInvalid(String parameter, String id) {
        Replay replay = replay("TestSqsProvider::test_message_deduplication_id_invalid[" + parameter + "]");
        String queue = fifoQueue("ordered", Map.of());

        replay.call("error-response", () -> sqs().sendMessage(b -> b.queueUrl(queue).messageBody("Hello World!")
                .messageGroupId("test").messageDeduplicationId(id)));
        replay.assertMatchesRecording();
    }

    @ParameterizedTest
    @MethodSource("invalidIds")
    void sendMessageToStandardQueueWithInvalidMessageGroupId(String parameter, String id) {
        Replay replay = replay("TestSqsProvider::test_send_message_to_standard_queue_with_invalid_message_group_id["
                + parameter + "]");
        String queue = queue("standard");

        replay.call("error-response", () -> sqs().sendMessage(b -> b.queueUrl(queue).messageBody("message")
                .messageGroupId(id)));
        replay.assertMatchesRecording();
    }

    @Test
    void fifoHighThroughputOrdering() {
        Replay replay = replay("TestSqsProvider::test_fifo_high_throughput_ordering[sqs]");
        String queue = queue("throughput.fifo", Map.of("FifoQueue", "True", "ContentBasedDeduplication", "False",
                "DeduplicationScope", "messageGroup", "FifoThroughputLimit", "perMessageGroupId"));

        sqs().sendMessage(b -> b.queueUrl(queue).messageBody("Test1").messageGroupId("group1")
                .messageDeduplicationId("same-dedup"));
        String receipt = replay.call("same-dedup-different-grp-1", () -> sqs().receiveMessage(b -> b.queueUrl(queue)))
                .messages().get(0).receiptHandle();
        sqs().deleteMessage(b -> b.queueUrl(queue).receiptHandle(receipt));
        sqs().sendMessage(b -> b.queueUrl(queue).messageBody("Test2").messageGroupId("group2")
                .messageDeduplicationId("same-dedup"));
        replay.call("same-dedup-different-grp-2", () -> sqs().receiveMessage(b -> b.queueUrl(queue)));
        replay.assertMatchesRecording();
    }

    @Test
    void sqsFifoMessageGroupScopeNoThroughputSetting() {
        Replay replay = replay("TestSqsProvider::test_sqs_fifo_message_group_scope_no_throughput_setting[sqs]");
        String queue = queue("scoped.fifo", Map.of("FifoQueue", "True", "ContentBasedDeduplication", "True",
                "DeduplicationScope", "messageGroup"));

        sqs().sendMessage(b -> b.queueUrl(queue).messageBody("Test").messageGroupId("group1"));
        String receipt = replay.call("same-dedup-different-grp-1", () -> sqs().receiveMessage(b -> b.queueUrl(queue)))
                .messages().get(0).receiptHandle();
        sqs().deleteMessage(b -> b.queueUrl(queue).receiptHandle(receipt));
        sqs().sendMessage(b -> b.queueUrl(queue).messageBody("Test").messageGroupId("group2"));
        replay.call("same-dedup-different-grp-2", () -> sqs().receiveMessage(b -> b.queueUrl(queue)));
        replay.assertMatchesRecording();
    }
}
