package dev.awsemulator.server.recordings;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchRequestEntry;

import java.util.Map;
import java.util.stream.IntStream;

/** SQS's basic calls replayed: missing queues, polls, purges, empty messages, default attributes. */
class SqsRecordingsTest extends SqsReplayTest {

    @Test
    void nonExistentQueue() {
        Replay replay = replay("TestSqsProvider::test_non_existent_queue");
        String queue = queue("test-queue-gone");
        sqs().deleteQueue(b -> b.queueUrl(queue));

        replay.call("queue-does-not-exist", () -> sqs().getQueueAttributes(b -> b.queueUrl(queue)));
        replay.call("queue-does-not-exist-url", () -> sqs().getQueueUrl(b -> b.queueName("test-queue-gone")));
        replay.leaveOut("queue-does-not-exist-query", "the Query protocol's twin; the SDK v2 speaks JSON");
        replay.assertMatchesRecording();
    }

    @Test
    void sendReceiveWaitTimeSeconds() {
        Replay replay = replay("TestSqsProvider::test_send_receive_wait_time_seconds[sqs]");
        String queue = queue("waiting");
        sqs().sendMessage(b -> b.queueUrl(queue).messageBody("message"));
        sqs().sendMessage(b -> b.queueUrl(queue).messageBody("message"));

        replay.call("recieve_message_error_too_large",
                () -> sqs().receiveMessage(b -> b.queueUrl(queue).waitTimeSeconds(21)));
        replay.call("recieve_message_error_too_small",
                () -> sqs().receiveMessage(b -> b.queueUrl(queue).waitTimeSeconds(-1)));
        replay.call("empty_short_poll_by_default_resp",
                () -> sqs().receiveMessage(b -> b.queueUrl(queue).maxNumberOfMessages(1)));
        replay.call("empty_short_poll_explicit_resp",
                () -> sqs().receiveMessage(b -> b.queueUrl(queue).maxNumberOfMessages(1).waitTimeSeconds(0)));
        replay.assertMatchesRecording();
    }

    @Test
    void receiveEmptyQueue() {
        Replay replay = replay("TestSqsProvider::test_receive_empty_queue[sqs]");
        String queue = queue("empty");

        replay.call("empty_short_poll_resp_no_param", () -> sqs().receiveMessage(b -> b.queueUrl(queue)));
        replay.call("empty_short_poll_resp", () -> sqs().receiveMessage(b -> b.queueUrl(queue).maxNumberOfMessages(1)));
        replay.leaveOut("empty_long_poll_resp", "a long poll waits on the emulator's virtual clock, which no "
                + "replayed request advances; the empty answer is the short poll's above");
        replay.assertMatchesRecording();
    }

    @Test
    void successivePurgeCallsFail() {
        Replay replay = replay("TestSqsProvider::test_successive_purge_calls_fail[sqs]");
        String queue = queue("purged");
        sqs().purgeQueue(b -> b.queueUrl(queue));

        replay.call("purge_queue_error", () -> sqs().purgeQueue(b -> b.queueUrl(queue)));
        replay.assertMatchesRecording();
    }

    @Test
    void tooManyEntriesInBatchRequest() {
        Replay replay = replay("TestSqsProvider::test_too_many_entries_in_batch_request[sqs]");
        String queue = queue("batched");

        replay.call("test_too_many_entries_in_batch_request", () -> sqs().sendMessageBatch(b -> b.queueUrl(queue)
                .entries(IntStream.range(0, 20).mapToObj(i -> SendMessageBatchRequestEntry.builder()
                        .id("message-" + i).messageBody("messageBody-" + i).build()).toList())));
        replay.assertMatchesRecording();
    }

    @Test
    void sendEmptyMessage() {
        Replay replay = replay("TestSqsProvider::test_send_empty_message[sqs]");
        String queue = queue("silent");

        replay.call("send_empty_message", () -> sqs().sendMessage(b -> b.queueUrl(queue).messageBody("")));
        replay.assertMatchesRecording();
    }

    @Test
    void setQueueAttributesDefaultValues() {
        Replay replay = replay("TestSqsProvider::test_set_queue_attributes_default_values[sqs]")
                .replacingMember("CreatedTimestamp", "timestamp").replacingMember("LastModifiedTimestamp", "timestamp");
        String queue = queue("defaults");

        replay.call("get-queue-attributes-initial-values",
                () -> sqs().getQueueAttributes(b -> b.queueUrl(queue).attributeNames(QueueAttributeName.ALL)));
        sqs().setQueueAttributes(b -> b.queueUrl(queue).attributesWithStrings(Map.of(
                "KmsMasterKeyId", "testKeyId", "KmsDataKeyReusePeriodSeconds", "6000")));
        replay.call("get-queue-attributes-after-update",
                () -> sqs().getQueueAttributes(b -> b.queueUrl(queue).attributeNames(QueueAttributeName.ALL)));
        sqs().setQueueAttributes(b -> b.queueUrl(queue).attributesWithStrings(Map.of(
                "KmsMasterKeyId", "", "KmsDataKeyReusePeriodSeconds", "300")));
        replay.call("get-queue-attributes-after-set-to-defaults",
                () -> sqs().getQueueAttributes(b -> b.queueUrl(queue).attributeNames(QueueAttributeName.ALL)));
        replay.assertMatchesRecording();
    }

    @Test
    void sendReceiveMaxNumberOfMessages() {
        Replay replay = replay("TestSqsProvider::test_send_receive_max_number_of_messages[sqs]");
        String queue = queue("bounded");
        sqs().sendMessage(b -> b.queueUrl(queue).messageBody("message"));

        replay.call("send_max_number_of_messages",
                () -> sqs().receiveMessage(b -> b.queueUrl(queue).maxNumberOfMessages(11)));
        replay.assertMatchesRecording();
    }
}
