package dev.awsemulator.compatibility;

import java.util.List;
import java.util.Map;

/**
 * The scenarios every client runs against the dev server, each returning what the client observed.
 * One implementation per client (a script in the client's language, or Java calling the client); one
 * contract ({@link ClientScenariosContract}) asserts the same outcomes for all of them. Resource names
 * are fixed per scenario: each test class runs against a fresh server.
 */
public interface ClientScenarios {

    /** Queue "standard": send with String, Number and Binary attributes; receive; delete. */
    StandardQueue sqsStandard();

    /** Queue "orders.fifo" with content-based deduplication: three sends and a duplicate in one group. */
    FifoQueue sqsFifo();

    /** Queue "attributes": created with attributes and a tag, then changed. */
    QueueAttributes sqsAttributes();

    /** Queue "batch": a batch of three sends, then a batch delete with one bad receipt handle. */
    Batch sqsBatch();

    /** Queue "work" redrives to "dead-letters" after one receive. */
    DeadLetter sqsDeadLetter();

    /** Topic "order-events" to a raw queue filtered on color=blue and an enveloped queue without filter. */
    Fanout snsFanout();

    /** Stream "clicks" with two shards: put one record and a batch of two, read every shard from its start. */
    Stream kinesisStream();

    record StandardQueue(String queueUrl, List<ReceivedMessage> received, int remaining) {
    }

    record FifoQueue(List<String> sentMessageIds, List<ReceivedMessage> received) {
    }

    record QueueAttributes(Map<String, String> attributes, Map<String, String> tags) {
    }

    record Batch(List<String> sentIds, int sendFailures, List<ReceivedMessage> received, List<String> deletedIds,
                 List<BatchFailure> deleteFailures, int remaining) {
    }

    record BatchFailure(String id, String code, boolean senderFault) {
    }

    record DeadLetter(List<String> firstReceive, List<String> secondReceive, List<ReceivedMessage> deadLetters,
                      List<String> deadLetterSourceQueues, String sourceUrl) {
    }

    /** {@code enveloped} holds the SNS notification documents, parsed from the SQS message bodies. */
    record Fanout(String topicArn, int subscriptionCount, Map<String, String> rawSubscriptionAttributes,
                  List<ReceivedMessage> raw, List<Map<String, Object>> enveloped) {
    }

    record Stream(List<String> shardIds, int failedPutCount, List<PutResult> puts, List<StreamRecord> records) {
    }

    record PutResult(String shardId, String sequenceNumber) {
    }

    /** {@code data} decoded as UTF-8. */
    record StreamRecord(String shardId, String partitionKey, String data, String sequenceNumber) {
    }

    /** An SQS message as received: system attributes by name, message attributes by name. */
    record ReceivedMessage(String body, String md5OfBody, Map<String, String> attributes,
                           Map<String, MessageAttribute> messageAttributes) {
    }

    /** {@code binaryValue} is base64, as every client prints it. */
    record MessageAttribute(String dataType, String stringValue, String binaryValue) {

        static MessageAttribute string(String value) {
            return new MessageAttribute("String", value, null);
        }
    }
}
