package dev.awsemulator.server.testsupport;

import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.BatchResultErrorEntry;
import software.amazon.awssdk.services.sqs.model.ChangeMessageVisibilityBatchRequestEntry;
import software.amazon.awssdk.services.sqs.model.DeleteMessageBatchRequestEntry;
import software.amazon.awssdk.services.sqs.model.ListDeadLetterSourceQueuesResponse;
import software.amazon.awssdk.services.sqs.model.ListQueuesResponse;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageAttributeValue;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeNameForSends;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeValue;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchRequestEntry;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchResultEntry;
import software.amazon.awssdk.services.sqs.model.SendMessageResponse;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** The suites' SQS calls through SDK v2's {@link SqsClient}: AWS JSON 1.0. */
public final class JsonSqsDriver implements SqsDriver {

    private final SqsClient sqs;

    public JsonSqsDriver(SqsClient sqs) {
        this.sqs = sqs;
    }

    /** Runs {@code call}; an AWS error becomes {@link SqsCallFailed}, anything else (MD5 mismatch, I/O) passes. */
    private static <T> T call(Supplier<T> call) {
        try {
            return call.get();
        } catch (AwsServiceException e) {
            throw new SqsCallFailed(e.awsErrorDetails().errorCode(), e.statusCode(),
                    e.awsErrorDetails().errorMessage(), e);
        }
    }

    private static void run(Runnable call) {
        call(() -> {
            call.run();
            return null;
        });
    }

    @Override
    public String createQueue(String name, Map<String, String> attributes, Map<String, String> tags) {
        return call(() -> sqs.createQueue(b -> b.queueName(name).attributesWithStrings(orNull(attributes))
                .tags(orNull(tags)))
                .queueUrl());
    }

    @Override
    public String getQueueUrl(String name, String ownerAccountId) {
        return call(() -> sqs.getQueueUrl(b -> b.queueName(name).queueOwnerAWSAccountId(ownerAccountId)).queueUrl());
    }

    @Override
    public void deleteQueue(String queueUrl) {
        run(() -> sqs.deleteQueue(b -> b.queueUrl(queueUrl)));
    }

    @Override
    public Page listQueues(String prefix, Integer maxResults, String nextToken) {
        ListQueuesResponse page = call(() -> sqs.listQueues(b -> b.queueNamePrefix(prefix).maxResults(maxResults)
                .nextToken(nextToken)));
        return new Page(page.queueUrls(), page.nextToken());
    }

    @Override
    public Map<String, String> getQueueAttributes(String queueUrl, String... names) {
        List<String> wanted = names.length == 0 ? List.of("All") : List.of(names);
        return call(() -> sqs.getQueueAttributes(b -> b.queueUrl(queueUrl).attributeNamesWithStrings(wanted))
                .attributesAsStrings());
    }

    @Override
    public void setQueueAttributes(String queueUrl, Map<String, String> attributes) {
        run(() -> sqs.setQueueAttributes(b -> b.queueUrl(queueUrl).attributesWithStrings(attributes)));
    }

    @Override
    public void purgeQueue(String queueUrl) {
        run(() -> sqs.purgeQueue(b -> b.queueUrl(queueUrl)));
    }

    @Override
    public void tagQueue(String queueUrl, Map<String, String> tags) {
        run(() -> sqs.tagQueue(b -> b.queueUrl(queueUrl).tags(tags)));
    }

    @Override
    public void untagQueue(String queueUrl, List<String> keys) {
        run(() -> sqs.untagQueue(b -> b.queueUrl(queueUrl).tagKeys(keys)));
    }

    @Override
    public Map<String, String> listQueueTags(String queueUrl) {
        return call(() -> sqs.listQueueTags(b -> b.queueUrl(queueUrl)).tags());
    }

    @Override
    public void addPermission(String queueUrl, String label, List<String> accountIds, List<String> actions) {
        run(() -> sqs.addPermission(b -> b.queueUrl(queueUrl).label(label).awsAccountIds(accountIds)
                .actions(actions)));
    }

    @Override
    public void removePermission(String queueUrl, String label) {
        run(() -> sqs.removePermission(b -> b.queueUrl(queueUrl).label(label)));
    }

    @Override
    public Sent sendMessage(String queueUrl, Send message) {
        SendMessageResponse sent = call(() -> sqs.sendMessage(b -> b.queueUrl(queueUrl)
                .messageBody(message.body())
                .delaySeconds(message.delaySeconds())
                .messageAttributes(orNull(toSdk(message.attributes())))
                .messageSystemAttributesWithStrings(traceHeader(message))
                .messageGroupId(message.groupId())
                .messageDeduplicationId(message.deduplicationId())));
        return new Sent(null, sent.messageId(), sent.md5OfMessageBody(), sent.md5OfMessageAttributes(),
                sent.md5OfMessageSystemAttributes(), sent.sequenceNumber());
    }

    @Override
    public BatchOutcome<Sent> sendMessageBatch(String queueUrl, List<Send> entries) {
        List<SendMessageBatchRequestEntry> sdkEntries = entries.stream()
                .map(entry -> SendMessageBatchRequestEntry.builder()
                        .id(entry.id())
                        .messageBody(entry.body())
                        .delaySeconds(entry.delaySeconds())
                        .messageAttributes(orNull(toSdk(entry.attributes())))
                        .messageSystemAttributesWithStrings(traceHeader(entry))
                        .messageGroupId(entry.groupId())
                        .messageDeduplicationId(entry.deduplicationId())
                        .build())
                .toList();
        var result = call(() -> sqs.sendMessageBatch(b -> b.queueUrl(queueUrl).entries(sdkEntries)));
        return new BatchOutcome<>(result.successful().stream().map(JsonSqsDriver::sent).toList(),
                failures(result.failed()));
    }

    private static Sent sent(SendMessageBatchResultEntry entry) {
        return new Sent(entry.id(), entry.messageId(), entry.md5OfMessageBody(), entry.md5OfMessageAttributes(),
                entry.md5OfMessageSystemAttributes(), entry.sequenceNumber());
    }

    @Override
    public List<Received> receiveMessage(String queueUrl, Receive request) {
        List<Message> messages = call(() -> sqs.receiveMessage(b -> b.queueUrl(queueUrl)
                .maxNumberOfMessages(request.max())
                .visibilityTimeout(request.visibilityTimeout())
                .waitTimeSeconds(request.waitTimeSeconds())
                .messageSystemAttributeNamesWithStrings(orNull(request.systemAttributeNames()))
                .messageAttributeNames(orNull(request.messageAttributeNames()))
                .receiveRequestAttemptId(request.attemptId()))).messages();
        return messages.stream().map(message -> new Received(message.messageId(), message.receiptHandle(),
                message.body(), message.md5OfBody(), message.md5OfMessageAttributes(),
                message.attributesAsStrings(), fromSdk(message.messageAttributes()))).toList();
    }

    @Override
    public void deleteMessage(String queueUrl, String receiptHandle) {
        run(() -> sqs.deleteMessage(b -> b.queueUrl(queueUrl).receiptHandle(receiptHandle)));
    }

    @Override
    public BatchOutcome<String> deleteMessageBatch(String queueUrl, List<HandleEntry> entries) {
        var result = call(() -> sqs.deleteMessageBatch(b -> b.queueUrl(queueUrl).entries(entries.stream()
                .map(entry -> DeleteMessageBatchRequestEntry.builder().id(entry.id())
                        .receiptHandle(entry.receiptHandle()).build())
                .toList())));
        return new BatchOutcome<>(result.successful().stream().map(entry -> entry.id()).toList(),
                failures(result.failed()));
    }

    @Override
    public void changeMessageVisibility(String queueUrl, String receiptHandle, int visibilityTimeout) {
        run(() -> sqs.changeMessageVisibility(b -> b.queueUrl(queueUrl).receiptHandle(receiptHandle)
                .visibilityTimeout(visibilityTimeout)));
    }

    @Override
    public BatchOutcome<String> changeMessageVisibilityBatch(String queueUrl, List<HandleEntry> entries) {
        var result = call(() -> sqs.changeMessageVisibilityBatch(b -> b.queueUrl(queueUrl).entries(entries.stream()
                .map(entry -> ChangeMessageVisibilityBatchRequestEntry.builder().id(entry.id())
                        .receiptHandle(entry.receiptHandle()).visibilityTimeout(entry.visibilityTimeout()).build())
                .toList())));
        return new BatchOutcome<>(result.successful().stream().map(entry -> entry.id()).toList(),
                failures(result.failed()));
    }

    @Override
    public Page listDeadLetterSourceQueues(String queueUrl, Integer maxResults, String nextToken) {
        ListDeadLetterSourceQueuesResponse page = call(() -> sqs.listDeadLetterSourceQueues(b -> b
                .queueUrl(queueUrl).maxResults(maxResults).nextToken(nextToken)));
        return new Page(page.queueUrls(), page.nextToken());
    }

    @Override
    public String startMessageMoveTask(String sourceArn, String destinationArn, Integer maxNumberOfMessagesPerSecond) {
        return call(() -> sqs.startMessageMoveTask(b -> b.sourceArn(sourceArn).destinationArn(destinationArn)
                .maxNumberOfMessagesPerSecond(maxNumberOfMessagesPerSecond)).taskHandle());
    }

    @Override
    public long cancelMessageMoveTask(String taskHandle) {
        return call(() -> sqs.cancelMessageMoveTask(b -> b.taskHandle(taskHandle)).approximateNumberOfMessagesMoved());
    }

    @Override
    public List<MoveTask> listMessageMoveTasks(String sourceArn, Integer maxResults) {
        return call(() -> sqs.listMessageMoveTasks(b -> b.sourceArn(sourceArn).maxResults(maxResults))).results()
                .stream()
                .map(task -> new MoveTask(task.taskHandle(), task.status(), task.sourceArn(), task.destinationArn(),
                        task.maxNumberOfMessagesPerSecond(), task.approximateNumberOfMessagesMoved(),
                        task.approximateNumberOfMessagesToMove(), task.failureReason(), task.startedTimestamp()))
                .toList();
    }

    // ---- conversions ----

    private static Map<String, MessageSystemAttributeValue> traceHeader(Send message) {
        return message.traceHeader() == null ? null : Map.of(MessageSystemAttributeNameForSends.AWS_TRACE_HEADER
                .toString(), MessageSystemAttributeValue.builder().dataType("String")
                .stringValue(message.traceHeader()).build());
    }

    /** Leaves empty collections out of the request, as SDK users do by not setting them. */
    private static <C> C orNull(C collection) {
        boolean empty = collection instanceof Map<?, ?> map ? map.isEmpty() : ((List<?>) collection).isEmpty();
        return empty ? null : collection;
    }

    private static List<BatchFailure> failures(List<BatchResultErrorEntry> failed) {
        return failed.stream().map(entry -> new BatchFailure(entry.id(), entry.code(), entry.senderFault(),
                entry.message())).toList();
    }

    private static Map<String, MessageAttributeValue> toSdk(Map<String, Attribute> attributes) {
        Map<String, MessageAttributeValue> sdk = new LinkedHashMap<>();
        attributes.forEach((name, value) -> sdk.put(name, MessageAttributeValue.builder()
                .dataType(value.dataType())
                .stringValue(value.stringValue())
                .binaryValue(value.binaryValue() == null ? null : SdkBytes.fromByteArray(value.binaryValue()))
                .build()));
        return sdk;
    }

    private static Map<String, Attribute> fromSdk(Map<String, MessageAttributeValue> attributes) {
        Map<String, Attribute> neutral = new LinkedHashMap<>();
        attributes.forEach((name, value) -> neutral.put(name, new Attribute(value.dataType(), value.stringValue(),
                value.binaryValue() == null ? null : value.binaryValue().asByteArray())));
        return neutral;
    }
}
