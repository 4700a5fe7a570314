package dev.awsemulator.server.testsupport;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The SQS calls the behaviour suites make, in neutral terms, so that each behaviour is written once
 * and run over every wire protocol (ElasticMQ's multi-SDK suites). Implementations call a real SDK;
 * every AWS error surfaces as one {@link SqsCallFailed} whatever the SDK.
 */
public interface SqsDriver {

    // ---- queues ----

    String createQueue(String name, Map<String, String> attributes, Map<String, String> tags);

    default String createQueue(String name, Map<String, String> attributes) {
        return createQueue(name, attributes, Map.of());
    }

    default String createQueue(String name) {
        return createQueue(name, Map.of(), Map.of());
    }

    String getQueueUrl(String name, String ownerAccountId);

    default String getQueueUrl(String name) {
        return getQueueUrl(name, null);
    }

    void deleteQueue(String queueUrl);

    Page listQueues(String prefix, Integer maxResults, String nextToken);

    default List<String> listQueues() {
        return listQueues(null, null, null).queueUrls();
    }

    /** The attributes named, or all of them when none is named. */
    Map<String, String> getQueueAttributes(String queueUrl, String... names);

    default String getQueueAttribute(String queueUrl, String name) {
        return getQueueAttributes(queueUrl, name).get(name);
    }

    void setQueueAttributes(String queueUrl, Map<String, String> attributes);

    void purgeQueue(String queueUrl);

    void tagQueue(String queueUrl, Map<String, String> tags);

    void untagQueue(String queueUrl, List<String> keys);

    Map<String, String> listQueueTags(String queueUrl);

    void addPermission(String queueUrl, String label, List<String> accountIds, List<String> actions);

    void removePermission(String queueUrl, String label);

    // ---- messages ----

    Sent sendMessage(String queueUrl, Send message);

    BatchOutcome<Sent> sendMessageBatch(String queueUrl, List<Send> entries);

    List<Received> receiveMessage(String queueUrl, Receive request);

    void deleteMessage(String queueUrl, String receiptHandle);

    BatchOutcome<String> deleteMessageBatch(String queueUrl, List<HandleEntry> entries);

    void changeMessageVisibility(String queueUrl, String receiptHandle, int visibilityTimeout);

    BatchOutcome<String> changeMessageVisibilityBatch(String queueUrl, List<HandleEntry> entries);

    // ---- dead-letter queues ----

    Page listDeadLetterSourceQueues(String queueUrl, Integer maxResults, String nextToken);

    String startMessageMoveTask(String sourceArn, String destinationArn, Integer maxNumberOfMessagesPerSecond);

    long cancelMessageMoveTask(String taskHandle);

    List<MoveTask> listMessageMoveTasks(String sourceArn, Integer maxResults);

    // ---- neutral shapes ----

    /** One page of queue URLs. */
    record Page(List<String> queueUrls, String nextToken) {
    }

    /**
     * A message attribute. {@code binaryValue} is compared by content, so received attributes can be
     * compared with sent ones.
     */
    record Attribute(String dataType, String stringValue, byte[] binaryValue) {

        public static Attribute string(String value) {
            return new Attribute("String", value, null);
        }

        public static Attribute number(String value) {
            return new Attribute("Number", value, null);
        }

        public static Attribute binary(byte... value) {
            return new Attribute("Binary", null, value);
        }

        public Attribute ofType(String type) {
            return new Attribute(type, stringValue, binaryValue);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Attribute that && dataType.equals(that.dataType)
                    && Objects.equals(stringValue, that.stringValue)
                    && Arrays.equals(binaryValue, that.binaryValue);
        }

        @Override
        public int hashCode() {
            return Objects.hash(dataType, stringValue, Arrays.hashCode(binaryValue));
        }

        @Override
        public String toString() {
            return dataType + "=" + (binaryValue != null ? Arrays.toString(binaryValue) : stringValue);
        }
    }

    /**
     * A message to send, alone or as a batch entry ({@code id}). Built with {@link #body} and the
     * {@code with…} methods.
     */
    record Send(String id, String body, Integer delaySeconds, Map<String, Attribute> attributes, String traceHeader,
                String groupId, String deduplicationId) {

        public static Send body(String body) {
            return new Send(null, body, null, Map.of(), null, null, null);
        }

        public Send withId(String entryId) {
            return new Send(entryId, body, delaySeconds, attributes, traceHeader, groupId, deduplicationId);
        }

        public Send withDelay(Integer seconds) {
            return new Send(id, body, seconds, attributes, traceHeader, groupId, deduplicationId);
        }

        public Send withAttribute(String name, Attribute value) {
            Map<String, Attribute> more = new LinkedHashMap<>(attributes);
            more.put(name, value);
            return new Send(id, body, delaySeconds, more, traceHeader, groupId, deduplicationId);
        }

        public Send withAttributes(Map<String, Attribute> all) {
            return new Send(id, body, delaySeconds, all, traceHeader, groupId, deduplicationId);
        }

        /** The {@code AWSTraceHeader} system attribute. */
        public Send withTraceHeader(String header) {
            return new Send(id, body, delaySeconds, attributes, header, groupId, deduplicationId);
        }

        public Send inGroup(String group) {
            return new Send(id, body, delaySeconds, attributes, traceHeader, group, deduplicationId);
        }

        public Send deduplicatedBy(String deduplication) {
            return new Send(id, body, delaySeconds, attributes, traceHeader, groupId, deduplication);
        }
    }

    /** What a send answered; {@code id} is the batch entry's id. */
    record Sent(String id, String messageId, String md5OfMessageBody, String md5OfMessageAttributes,
                String md5OfMessageSystemAttributes, String sequenceNumber) {
    }

    /**
     * A receive: at most {@code max} messages; nulls leave the queue's defaults. System attributes
     * are asked for as SDK v2 asks ({@code MessageSystemAttributeNames}) or as the Query SDK asks
     * ({@code AttributeName}).
     */
    record Receive(int max, Integer visibilityTimeout, Integer waitTimeSeconds, List<String> systemAttributeNames,
                   List<String> messageAttributeNames, String attemptId) {

        public static Receive upTo(int max) {
            return new Receive(max, null, 0, List.of(), List.of(), null);
        }

        public Receive hidingFor(Integer seconds) {
            return new Receive(max, seconds, waitTimeSeconds, systemAttributeNames, messageAttributeNames, attemptId);
        }

        /** Long polling; null leaves the queue's ReceiveMessageWaitTimeSeconds. */
        public Receive waitingUpTo(Integer seconds) {
            return new Receive(max, visibilityTimeout, seconds, systemAttributeNames, messageAttributeNames, attemptId);
        }

        public Receive withSystemAttributes(String... names) {
            return new Receive(max, visibilityTimeout, waitTimeSeconds, List.of(names), messageAttributeNames,
                    attemptId);
        }

        public Receive withMessageAttributes(String... names) {
            return new Receive(max, visibilityTimeout, waitTimeSeconds, systemAttributeNames, List.of(names),
                    attemptId);
        }

        public Receive asAttempt(String id) {
            return new Receive(max, visibilityTimeout, waitTimeSeconds, systemAttributeNames, messageAttributeNames,
                    id);
        }
    }

    /** A received message, with the system attributes and message attributes the receive asked for. */
    record Received(String messageId, String receiptHandle, String body, String md5OfBody,
                    String md5OfMessageAttributes, Map<String, String> attributes,
                    Map<String, Attribute> messageAttributes) {

        public String attribute(String name) {
            return attributes.get(name);
        }
    }

    /** A batch entry that names a received message; {@code visibilityTimeout} only for visibility changes. */
    record HandleEntry(String id, String receiptHandle, Integer visibilityTimeout) {

        public static HandleEntry of(String id, String receiptHandle) {
            return new HandleEntry(id, receiptHandle, null);
        }
    }

    /** One entry of a batch that failed, with its code as the SDK reports it. */
    record BatchFailure(String id, String code, boolean senderFault, String message) {
    }

    /** The entries of a batch that succeeded and those that failed. */
    record BatchOutcome<T>(List<T> successful, List<BatchFailure> failed) {

        public Optional<BatchFailure> failure(String id) {
            return failed.stream().filter(failure -> failure.id().equals(id)).findFirst();
        }
    }

    /** A message move task as ListMessageMoveTasks shows it. */
    record MoveTask(String taskHandle, String status, String sourceArn, String destinationArn,
                    Integer maxNumberOfMessagesPerSecond, Long approximateNumberOfMessagesMoved,
                    Long approximateNumberOfMessagesToMove, String failureReason, Long startedTimestamp) {
    }
}
