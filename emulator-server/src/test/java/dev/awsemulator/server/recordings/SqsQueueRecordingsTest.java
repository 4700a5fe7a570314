package dev.awsemulator.server.recordings;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

import java.util.Map;

/** SQS queues' attributes and tags replayed: creating again, changing, refusing what a queue type lacks. */
class SqsQueueRecordingsTest extends SqsReplayTest {

    private static Replay replayingTimestamps(String test) {
        return replay(test).replacingMember("CreatedTimestamp", "timestamp")
                .replacingMember("LastModifiedTimestamp", "timestamp");
    }

    @Test
    void createAndUpdateQueueAttributes() {
        Replay replay = replayingTimestamps("TestSqsProvider::test_create_and_update_queue_attributes[sqs]");
        String queue = queue("updated", Map.of("MessageRetentionPeriod", "604800",
                "ReceiveMessageWaitTimeSeconds", "10", "VisibilityTimeout", "20"));

        replay.call("get_queue_attributes",
                () -> sqs().getQueueAttributes(b -> b.queueUrl(queue).attributeNames(QueueAttributeName.ALL)));
        sqs().setQueueAttributes(b -> b.queueUrl(queue).attributesWithStrings(Map.of(
                "MaximumMessageSize", "2048", "VisibilityTimeout", "69", "DelaySeconds", "420")));
        replay.call("get_updated_queue_attributes",
                () -> sqs().getQueueAttributes(b -> b.queueUrl(queue).attributeNames(QueueAttributeName.ALL)));
        replay.assertMatchesRecording();
    }

    @Test
    void createQueueWithDifferentAttributesRaisesException() {
        Replay replay = replay("TestSqsProvider::test_create_queue_with_different_attributes_raises_exception[sqs]");
        String queue = queue("differing", Map.of("ReceiveMessageWaitTimeSeconds", "1", "DelaySeconds", "1"));
        queue("differing");
        queue("differing", Map.of("DelaySeconds", "1"));

        replay.call("create_queue_01", () -> sqs().createQueue(b -> b.queueName("differing")
                .attributesWithStrings(Map.of("ReceiveMessageWaitTimeSeconds", "1", "DelaySeconds", "2"))));
        sqs().setQueueAttributes(b -> b.queueUrl(queue).attributesWithStrings(Map.of("DelaySeconds", "2")));
        queue("differing", Map.of("ReceiveMessageWaitTimeSeconds", "1", "DelaySeconds", "2"));
        replay.call("create_queue_02", () -> sqs().createQueue(b -> b.queueName("differing")
                .attributesWithStrings(Map.of("ReceiveMessageWaitTimeSeconds", "1", "DelaySeconds", "1"))));
        replay.assertMatchesRecording();
    }

    @Test
    void createFifoQueueWithDifferentAttributesRaisesError() {
        Replay replay = replay("TestSqsProvider::test_create_fifo_queue_with_different_attributes_raises_error[sqs]");
        fifoQueue("differing", Map.of("ContentBasedDeduplication", "true"));

        replay.call("queue-already-exists", () -> sqs().createQueue(b -> b.queueName("differing.fifo")
                .attributesWithStrings(Map.of("FifoQueue", "true", "ContentBasedDeduplication", "false"))));
        replay.assertMatchesRecording();
    }

    @Test
    void createStandardQueueWithFifoAttributeRaisesError() {
        Replay replay = replay("TestSqsProvider::test_create_standard_queue_with_fifo_attribute_raises_error[sqs]");

        replay.call("invalid-attribute-fifo-queue", () -> sqs().createQueue(b -> b.queueName("standard")
                .attributesWithStrings(Map.of("FifoQueue", "false"))));
        replay.call("invalid-attribute-content-based-deduplication", () -> sqs().createQueue(b -> b
                .queueName("standard").attributesWithStrings(Map.of("ContentBasedDeduplication", "false"))));
        replay.call("invalid-attribute-deduplication-scope", () -> sqs().createQueue(b -> b.queueName("standard")
                .attributesWithStrings(Map.of("DeduplicationScope", "queue"))));
        replay.call("invalid-attribute-throughput-limit", () -> sqs().createQueue(b -> b.queueName("standard")
                .attributesWithStrings(Map.of("FifoThroughputLimit", "perQueue"))));
        replay.assertMatchesRecording();
    }

    @Test
    void setUnsupportedAttributeStandard() {
        Replay replay = replay("TestSqsProvider::test_set_unsupported_attribute_standard[sqs]");
        String queue = queue("standard");

        replay.call("invalid-attr-name-1", () -> sqs().setQueueAttributes(b -> b.queueUrl(queue)
                .attributesWithStrings(Map.of("FifoQueue", "true"))));
        replay.call("invalid-attr-name-2", () -> sqs().setQueueAttributes(b -> b.queueUrl(queue)
                .attributesWithStrings(Map.of("FifoQueue", "false"))));
        replay.assertMatchesRecording();
    }

    @Test
    void setUnsupportedAttributeFifo() {
        Replay replay = replay("TestSqsProvider::test_set_unsupported_attribute_fifo[sqs]");
        String queue = queue("standard");
        String fifo = fifoQueue("ordered", Map.of());

        replay.call("invalid-attr-name-1", () -> sqs().setQueueAttributes(b -> b.queueUrl(queue)
                .attributesWithStrings(Map.of("FifoQueue", "true"))));
        sqs().setQueueAttributes(b -> b.queueUrl(fifo).attributesWithStrings(Map.of("FifoQueue", "true")));
        replay.call("invalid-attr-name-2", () -> sqs().setQueueAttributes(b -> b.queueUrl(fifo)
                .attributesWithStrings(Map.of("FifoQueue", "false"))));
        replay.assertMatchesRecording();
    }

    @Test
    void fifoSetContentBasedDeduplicationStrategy() {
        Replay replay = replayingTimestamps("TestSqsProvider::test_fifo_set_content_based_deduplication_strategy[sqs]");
        String queue = fifoQueue("deduplicated", Map.of("SqsManagedSseEnabled", "true",
                "ContentBasedDeduplication", "true"));

        replay.call("before-update",
                () -> sqs().getQueueAttributes(b -> b.queueUrl(queue).attributeNames(QueueAttributeName.ALL)));
        sqs().setQueueAttributes(b -> b.queueUrl(queue).attributesWithStrings(Map.of(
                "ContentBasedDeduplication", "false")));
        replay.call("after-update",
                () -> sqs().getQueueAttributes(b -> b.queueUrl(queue).attributeNames(QueueAttributeName.ALL)));
        replay.assertMatchesRecording();
    }

    @Test
    void tagUntagQueue() {
        Replay replay = replay("TestSqsProvider::test_tag_untag_queue[sqs]");
        String queue = queue("tagged");
        sqs().tagQueue(b -> b.queueUrl(queue).tags(Map.of("tag1", "value1", "tag2", "value2", "tag3", "")));

        replay.call("get-tag-1", () -> sqs().listQueueTags(b -> b.queueUrl(queue)));
        sqs().untagQueue(b -> b.queueUrl(queue).tagKeys("tag1", "tag3"));
        replay.call("get-tag-2", () -> sqs().listQueueTags(b -> b.queueUrl(queue)));
        sqs().untagQueue(b -> b.queueUrl(queue).tagKeys("tag2"));
        replay.call("get-tag-after-untag", () -> sqs().listQueueTags(b -> b.queueUrl(queue)));
        replay.assertMatchesRecording();
    }

    @Test
    void sseQueueAttributes() {
        Replay replay = replay("TestSqsProvider::test_sse_queue_attributes[sqs]");
        String kms = queue("kms");
        String managed = queue("managed");

        sqs().setQueueAttributes(b -> b.queueUrl(kms).attributesWithStrings(Map.of("KmsMasterKeyId", "testKeyId",
                "KmsDataKeyReusePeriodSeconds", "6000", "SqsManagedSseEnabled", "false")));
        replay.call("sse_kms_attributes", () -> sqs().getQueueAttributes(b -> b.queueUrl(kms)
                .attributeNamesWithStrings("KmsMasterKeyId", "KmsDataKeyReusePeriodSeconds", "SqsManagedSseEnabled")));
        sqs().setQueueAttributes(b -> b.queueUrl(managed)
                .attributesWithStrings(Map.of("SqsManagedSseEnabled", "true")));
        replay.call("sse_sqs_attributes", () -> sqs().getQueueAttributes(b -> b.queueUrl(managed)
                .attributeNamesWithStrings("KmsMasterKeyId", "KmsDataKeyReusePeriodSeconds", "SqsManagedSseEnabled")));
        replay.assertMatchesRecording();
    }
}
