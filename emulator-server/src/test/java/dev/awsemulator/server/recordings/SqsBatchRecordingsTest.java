package dev.awsemulator.server.recordings;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.services.sqs.model.ChangeMessageVisibilityBatchRequestEntry;
import software.amazon.awssdk.services.sqs.model.DeleteMessageBatchRequestEntry;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageAttributeValue;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchRequestEntry;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

/** SQS's batch calls replayed: entry ids, entry counts, the size of a batch and of its entries, FIFO entries. */
class SqsBatchRecordingsTest extends SqsReplayTest {

    /** The one attribute the recorded batches send: 1 + 6 + 1 bytes of name, type and value. */
    private static final Map<String, MessageAttributeValue> ONE_ATTRIBUTE = Map.of("k",
            MessageAttributeValue.builder().dataType("String").stringValue("x").build());
    private static final int ONE_ATTRIBUTE_SIZE = 8;

    private static SendMessageBatchRequestEntry entry(String id, String body) {
        return SendMessageBatchRequestEntry.builder().id(id).messageBody(body).build();
    }

    /** An entry of {@code size} bytes, body and attribute, and an entry of one byte. */
    private static List<SendMessageBatchRequestEntry> fullEntryAndOneByte(int size) {
        return List.of(entry("1", "a".repeat(size - ONE_ATTRIBUTE_SIZE)).toBuilder()
                .messageAttributes(ONE_ATTRIBUTE).build(), entry("2", "a"));
    }

    /** Twenty messages sent in two batches of ten and received, as the recorded tests do before a batch of 20. */
    private static List<Message> twentyReceived(String queue) {
        List<SendMessageBatchRequestEntry> ten = IntStream.range(0, 10)
                .mapToObj(i -> entry("message-" + i, "messageBody-" + i)).toList();
        sqs().sendMessageBatch(b -> b.queueUrl(queue).entries(ten));
        sqs().sendMessageBatch(b -> b.queueUrl(queue).entries(ten));
        List<Message> received = new ArrayList<>();
        while (received.size() < 20) {
            received.addAll(sqs().receiveMessage(b -> b.queueUrl(queue).maxNumberOfMessages(10)).messages());
        }
        return received;
    }

    @Test
    void sendMessageBatchWithOversizedContents() {
        Replay replay = replay("TestSqsProvider::test_send_message_batch_with_oversized_contents[sqs]");
        String queue = queue("batched");

        replay.call("send_oversized_message_batch", () -> sqs().sendMessageBatch(b -> b.queueUrl(queue)
                .entries(fullEntryAndOneByte(1_048_576))));
        replay.assertMatchesRecording();
    }

    @Test
    void sendMessageBatchWithOversizedContentsWithUpdatedMaximumMessageSize() {
        Replay replay = replay("TestSqsProvider::"
                + "test_send_message_batch_with_oversized_contents_with_updated_maximum_message_size[sqs]");
        String queue = queue("batched");
        sqs().setQueueAttributes(b -> b.queueUrl(queue).attributesWithStrings(Map.of("MaximumMessageSize", "2048")));

        replay.call("send_oversized_message_batch", () -> sqs().sendMessageBatch(b -> b.queueUrl(queue)
                .entries(fullEntryAndOneByte(2048))));
        replay.assertMatchesRecording();
    }

    @Test
    void sendBatchMessageSize() {
        Replay replay = replay("TestSqsProvider::test_send_batch_message_size");
        String queue = queue("bounded", Map.of("MaximumMessageSize", "1024"));

        replay.call("send-message-batch-result", () -> sqs().sendMessageBatch(b -> b.queueUrl(queue).entries(
                entry(UUID.randomUUID().toString(), "a".repeat(1024)),
                entry(UUID.randomUUID().toString(), "a".repeat(1025)))));
        replay.assertMatchesRecording();
    }

    @Test
    void invalidBatchId() {
        Replay replay = replay("TestSqsProvider::test_invalid_batch_id[sqs]");
        String queue = queue("batched");

        replay.call("test_invalid_batch_id", () -> sqs().sendMessageBatch(b -> b.queueUrl(queue)
                .entries(entry("message:4d2a", "messageBody-4d2a"))));
        replay.assertMatchesRecording();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "testLongIdtestLongIdtestLongIdtestLongIdtestLongIdtestLongIdtestLongIdtestLongId"
            + "testLongIdtestLongId", "invalid:id"})
    void deleteMessageBatchInvalidMsgId(String id) {
        Replay replay = replay("TestSqsProvider::test_delete_message_batch_invalid_msg_id[sqs-" + id + "]");
        String queue = queue("batched");

        replay.call("error_response", () -> sqs().deleteMessageBatch(b -> b.queueUrl(queue)
                .entries(DeleteMessageBatchRequestEntry.builder().id(id).receiptHandle("testHandle1").build())));
        replay.assertMatchesRecording();
    }

    @Test
    void deleteMessageBatchWithTooLargeBatch() {
        Replay replay = replay("TestSqsProvider::test_delete_message_batch_with_too_large_batch[sqs]");
        String queue = queue("batched");
        List<Message> received = twentyReceived(queue);

        replay.call("error_response", () -> sqs().deleteMessageBatch(b -> b.queueUrl(queue)
                .entries(IntStream.range(0, received.size()).mapToObj(i -> DeleteMessageBatchRequestEntry.builder()
                        .id(String.valueOf(i)).receiptHandle(received.get(i).receiptHandle()).build()).toList())));
        replay.assertMatchesRecording();
    }

    @Test
    void changeMessageVisibilityBatchWithTooLargeBatch() {
        Replay replay = replay("TestSqsProvider::test_change_message_visibility_batch_with_too_large_batch[sqs]");
        String queue = queue("batched");
        List<Message> received = twentyReceived(queue);

        replay.call("error_response", () -> sqs().changeMessageVisibilityBatch(b -> b.queueUrl(queue)
                .entries(IntStream.range(0, received.size()).mapToObj(i -> ChangeMessageVisibilityBatchRequestEntry
                        .builder().id(String.valueOf(i))
                        .receiptHandle(received.get(i).receiptHandle()).visibilityTimeout(123).build()).toList())));
        replay.assertMatchesRecording();
    }

    @Test
    void sendBatchMissingDeduplicationIdForFifoQueue() {
        Replay replay = replay("TestSqsProvider::test_send_batch_missing_deduplication_id_for_fifo_queue[sqs]");
        String queue = fifoQueue("batched", Map.of("ContentBasedDeduplication", "false"));

        replay.call("test_missing_deduplication_id_for_fifo_queue", () -> sqs().sendMessageBatch(b -> b
                .queueUrl(queue).entries(
                        entry("message-1", "messageBody").toBuilder().messageGroupId("test-group")
                                .messageDeduplicationId("dedup-1").build(),
                        entry("message-2", "messageBody").toBuilder().messageGroupId("test-group").build())));
        replay.assertMatchesRecording();
    }

    @Test
    void sendBatchMissingMessageGroupIdForFifoQueue() {
        Replay replay = replay("TestSqsProvider::test_send_batch_missing_message_group_id_for_fifo_queue[sqs]");
        String queue = fifoQueue("batched", Map.of("ContentBasedDeduplication", "false"));

        replay.call("test_missing_message_group_id_for_fifo_queue", () -> sqs().sendMessageBatch(b -> b
                .queueUrl(queue).entries(
                        entry("message-1", "messageBody").toBuilder().messageGroupId("test-group")
                                .messageDeduplicationId("dedup-1").build(),
                        entry("message-2", "messageBody").toBuilder().messageDeduplicationId("dedup-2").build())));
        replay.assertMatchesRecording();
    }
}
