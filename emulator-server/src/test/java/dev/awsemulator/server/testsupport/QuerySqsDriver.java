package dev.awsemulator.server.testsupport;

import com.amazonaws.AmazonServiceException;
import com.amazonaws.services.sqs.AmazonSQS;
import com.amazonaws.services.sqs.model.AddPermissionRequest;
import com.amazonaws.services.sqs.model.BatchResultErrorEntry;
import com.amazonaws.services.sqs.model.CancelMessageMoveTaskRequest;
import com.amazonaws.services.sqs.model.ChangeMessageVisibilityBatchRequest;
import com.amazonaws.services.sqs.model.ChangeMessageVisibilityBatchRequestEntry;
import com.amazonaws.services.sqs.model.ChangeMessageVisibilityBatchResultEntry;
import com.amazonaws.services.sqs.model.CreateQueueRequest;
import com.amazonaws.services.sqs.model.DeleteMessageBatchRequest;
import com.amazonaws.services.sqs.model.DeleteMessageBatchRequestEntry;
import com.amazonaws.services.sqs.model.DeleteMessageBatchResultEntry;
import com.amazonaws.services.sqs.model.GetQueueAttributesRequest;
import com.amazonaws.services.sqs.model.GetQueueUrlRequest;
import com.amazonaws.services.sqs.model.ListDeadLetterSourceQueuesRequest;
import com.amazonaws.services.sqs.model.ListDeadLetterSourceQueuesResult;
import com.amazonaws.services.sqs.model.ListMessageMoveTasksRequest;
import com.amazonaws.services.sqs.model.ListMessageMoveTasksResultEntry;
import com.amazonaws.services.sqs.model.ListQueuesRequest;
import com.amazonaws.services.sqs.model.ListQueuesResult;
import com.amazonaws.services.sqs.model.Message;
import com.amazonaws.services.sqs.model.MessageAttributeValue;
import com.amazonaws.services.sqs.model.MessageSystemAttributeValue;
import com.amazonaws.services.sqs.model.PurgeQueueRequest;
import com.amazonaws.services.sqs.model.ReceiveMessageRequest;
import com.amazonaws.services.sqs.model.SendMessageBatchRequest;
import com.amazonaws.services.sqs.model.SendMessageBatchRequestEntry;
import com.amazonaws.services.sqs.model.SendMessageBatchResult;
import com.amazonaws.services.sqs.model.SendMessageBatchResultEntry;
import com.amazonaws.services.sqs.model.SendMessageRequest;
import com.amazonaws.services.sqs.model.SendMessageResult;
import com.amazonaws.services.sqs.model.StartMessageMoveTaskRequest;

import java.nio.ByteBuffer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The suites' SQS calls through SDK v1's {@link AmazonSQS} 1.12.583, the last release that speaks the
 * Query protocol: form parameters in, XML out, the queue URL as the request path.
 */
public final class QuerySqsDriver implements SqsDriver {

    private final AmazonSQS sqs;

    public QuerySqsDriver(AmazonSQS sqs) {
        this.sqs = sqs;
    }

    @Override
    public String createQueue(String name, Map<String, String> attributes, Map<String, String> tags) {
        CreateQueueRequest request = new CreateQueueRequest(name).withAttributes(attributes).withTags(tags);
        return call(() -> sqs.createQueue(request).getQueueUrl());
    }

    @Override
    public String getQueueUrl(String name, String ownerAccountId) {
        GetQueueUrlRequest request = new GetQueueUrlRequest(name).withQueueOwnerAWSAccountId(ownerAccountId);
        return call(() -> sqs.getQueueUrl(request).getQueueUrl());
    }

    @Override
    public void deleteQueue(String queueUrl) {
        call(() -> sqs.deleteQueue(queueUrl));
    }

    @Override
    public Page listQueues(String prefix, Integer maxResults, String nextToken) {
        ListQueuesRequest request = new ListQueuesRequest(prefix).withMaxResults(maxResults).withNextToken(nextToken);
        ListQueuesResult page = call(() -> sqs.listQueues(request));
        return new Page(page.getQueueUrls(), page.getNextToken());
    }

    @Override
    public Map<String, String> getQueueAttributes(String queueUrl, String... names) {
        GetQueueAttributesRequest request = new GetQueueAttributesRequest(queueUrl)
                .withAttributeNames(names.length == 0 ? new String[] {"All"} : names);
        return call(() -> sqs.getQueueAttributes(request).getAttributes());
    }

    @Override
    public void setQueueAttributes(String queueUrl, Map<String, String> attributes) {
        call(() -> sqs.setQueueAttributes(queueUrl, attributes));
    }

    @Override
    public void purgeQueue(String queueUrl) {
        call(() -> sqs.purgeQueue(new PurgeQueueRequest(queueUrl)));
    }

    @Override
    public void tagQueue(String queueUrl, Map<String, String> tags) {
        call(() -> sqs.tagQueue(queueUrl, tags));
    }

    @Override
    public void untagQueue(String queueUrl, List<String> keys) {
        call(() -> sqs.untagQueue(queueUrl, keys));
    }

    @Override
    public Map<String, String> listQueueTags(String queueUrl) {
        return call(() -> sqs.listQueueTags(queueUrl).getTags());
    }

    @Override
    public void addPermission(String queueUrl, String label, List<String> accountIds, List<String> actions) {
        call(() -> sqs.addPermission(new AddPermissionRequest(queueUrl, label, accountIds, actions)));
    }

    @Override
    public void removePermission(String queueUrl, String label) {
        call(() -> sqs.removePermission(queueUrl, label));
    }

    @Override
    public Sent sendMessage(String queueUrl, Send message) {
        SendMessageRequest request = new SendMessageRequest(queueUrl, message.body())
                .withDelaySeconds(message.delaySeconds())
                .withMessageAttributes(toSdk(message.attributes()))
                .withMessageSystemAttributes(traceHeader(message))
                .withMessageGroupId(message.groupId())
                .withMessageDeduplicationId(message.deduplicationId());
        SendMessageResult sent = call(() -> sqs.sendMessage(request));
        return new Sent(null, sent.getMessageId(), sent.getMD5OfMessageBody(), sent.getMD5OfMessageAttributes(),
                sent.getMD5OfMessageSystemAttributes(), sent.getSequenceNumber());
    }

    @Override
    public BatchOutcome<Sent> sendMessageBatch(String queueUrl, List<Send> entries) {
        SendMessageBatchRequest request = new SendMessageBatchRequest(queueUrl, entries.stream()
                .map(entry -> new SendMessageBatchRequestEntry(entry.id(), entry.body())
                        .withDelaySeconds(entry.delaySeconds())
                        .withMessageAttributes(toSdk(entry.attributes()))
                        .withMessageSystemAttributes(traceHeader(entry))
                        .withMessageGroupId(entry.groupId())
                        .withMessageDeduplicationId(entry.deduplicationId()))
                .toList());
        SendMessageBatchResult result = call(() -> sqs.sendMessageBatch(request));
        return new BatchOutcome<>(result.getSuccessful().stream().map(QuerySqsDriver::sent).toList(),
                failures(result.getFailed()));
    }

    private static Sent sent(SendMessageBatchResultEntry entry) {
        return new Sent(entry.getId(), entry.getMessageId(), entry.getMD5OfMessageBody(),
                entry.getMD5OfMessageAttributes(), entry.getMD5OfMessageSystemAttributes(), entry.getSequenceNumber());
    }

    /** The Query SDK predates {@code MessageSystemAttributeNames}: system attributes go as {@code AttributeName}. */
    @Override
    public List<Received> receiveMessage(String queueUrl, Receive receive) {
        ReceiveMessageRequest request = new ReceiveMessageRequest(queueUrl)
                .withMaxNumberOfMessages(receive.max())
                .withVisibilityTimeout(receive.visibilityTimeout())
                .withWaitTimeSeconds(receive.waitTimeSeconds())
                .withAttributeNames(receive.systemAttributeNames())
                .withMessageAttributeNames(receive.messageAttributeNames())
                .withReceiveRequestAttemptId(receive.attemptId());
        List<Message> messages = call(() -> sqs.receiveMessage(request).getMessages());
        return messages.stream().map(message -> new Received(message.getMessageId(), message.getReceiptHandle(),
                message.getBody(), message.getMD5OfBody(), message.getMD5OfMessageAttributes(),
                message.getAttributes(), fromSdk(message.getMessageAttributes()))).toList();
    }

    @Override
    public void deleteMessage(String queueUrl, String receiptHandle) {
        call(() -> sqs.deleteMessage(queueUrl, receiptHandle));
    }

    @Override
    public BatchOutcome<String> deleteMessageBatch(String queueUrl, List<HandleEntry> entries) {
        DeleteMessageBatchRequest request = new DeleteMessageBatchRequest(queueUrl, entries.stream()
                .map(entry -> new DeleteMessageBatchRequestEntry(entry.id(), entry.receiptHandle())).toList());
        var result = call(() -> sqs.deleteMessageBatch(request));
        return new BatchOutcome<>(result.getSuccessful().stream().map(DeleteMessageBatchResultEntry::getId).toList(),
                failures(result.getFailed()));
    }

    @Override
    public void changeMessageVisibility(String queueUrl, String receiptHandle, int visibilityTimeout) {
        call(() -> sqs.changeMessageVisibility(queueUrl, receiptHandle, visibilityTimeout));
    }

    @Override
    public BatchOutcome<String> changeMessageVisibilityBatch(String queueUrl, List<HandleEntry> entries) {
        ChangeMessageVisibilityBatchRequest request = new ChangeMessageVisibilityBatchRequest(queueUrl,
                entries.stream().map(entry -> new ChangeMessageVisibilityBatchRequestEntry(entry.id(),
                        entry.receiptHandle()).withVisibilityTimeout(entry.visibilityTimeout())).toList());
        var result = call(() -> sqs.changeMessageVisibilityBatch(request));
        return new BatchOutcome<>(result.getSuccessful().stream()
                .map(ChangeMessageVisibilityBatchResultEntry::getId).toList(), failures(result.getFailed()));
    }

    @Override
    public Page listDeadLetterSourceQueues(String queueUrl, Integer maxResults, String nextToken) {
        ListDeadLetterSourceQueuesRequest request = new ListDeadLetterSourceQueuesRequest().withQueueUrl(queueUrl)
                .withMaxResults(maxResults).withNextToken(nextToken);
        ListDeadLetterSourceQueuesResult page = call(() -> sqs.listDeadLetterSourceQueues(request));
        return new Page(page.getQueueUrls(), page.getNextToken());
    }

    @Override
    public String startMessageMoveTask(String sourceArn, String destinationArn, Integer maxNumberOfMessagesPerSecond) {
        StartMessageMoveTaskRequest request = new StartMessageMoveTaskRequest().withSourceArn(sourceArn)
                .withDestinationArn(destinationArn).withMaxNumberOfMessagesPerSecond(maxNumberOfMessagesPerSecond);
        return call(() -> sqs.startMessageMoveTask(request).getTaskHandle());
    }

    @Override
    public long cancelMessageMoveTask(String taskHandle) {
        CancelMessageMoveTaskRequest request = new CancelMessageMoveTaskRequest().withTaskHandle(taskHandle);
        return call(() -> sqs.cancelMessageMoveTask(request).getApproximateNumberOfMessagesMoved());
    }

    @Override
    public List<MoveTask> listMessageMoveTasks(String sourceArn, Integer maxResults) {
        ListMessageMoveTasksRequest request = new ListMessageMoveTasksRequest().withSourceArn(sourceArn)
                .withMaxResults(maxResults);
        List<ListMessageMoveTasksResultEntry> tasks = call(() -> sqs.listMessageMoveTasks(request).getResults());
        return tasks.stream().map(task -> new MoveTask(task.getTaskHandle(), task.getStatus(), task.getSourceArn(),
                task.getDestinationArn(), task.getMaxNumberOfMessagesPerSecond(),
                task.getApproximateNumberOfMessagesMoved(), task.getApproximateNumberOfMessagesToMove(),
                task.getFailureReason(), task.getStartedTimestamp())).toList();
    }

    // ---- errors and conversions ----

    /** Runs {@code call}; an AWS error becomes {@link SqsCallFailed}, anything else (MD5 mismatch, I/O) passes. */
    private static <T> T call(Supplier<T> call) {
        try {
            return call.get();
        } catch (AmazonServiceException e) {
            throw new SqsCallFailed(e.getErrorCode(), e.getStatusCode(), e.getErrorMessage(), e);
        }
    }

    private static Map<String, MessageSystemAttributeValue> traceHeader(Send message) {
        return message.traceHeader() == null ? null : Map.of("AWSTraceHeader",
                new MessageSystemAttributeValue().withDataType("String").withStringValue(message.traceHeader()));
    }

    private static List<BatchFailure> failures(List<BatchResultErrorEntry> failed) {
        return failed.stream().map(entry -> new BatchFailure(entry.getId(), entry.getCode(),
                Boolean.TRUE.equals(entry.getSenderFault()), entry.getMessage())).toList();
    }

    private static Map<String, MessageAttributeValue> toSdk(Map<String, Attribute> attributes) {
        Map<String, MessageAttributeValue> sdk = new LinkedHashMap<>();
        attributes.forEach((name, value) -> sdk.put(name, new MessageAttributeValue()
                .withDataType(value.dataType())
                .withStringValue(value.stringValue())
                .withBinaryValue(value.binaryValue() == null ? null : ByteBuffer.wrap(value.binaryValue()))));
        return sdk;
    }

    private static Map<String, Attribute> fromSdk(Map<String, MessageAttributeValue> attributes) {
        Map<String, Attribute> neutral = new LinkedHashMap<>();
        attributes.forEach((name, value) -> neutral.put(name, new Attribute(value.getDataType(),
                value.getStringValue(), value.getBinaryValue() == null ? null : bytes(value.getBinaryValue()))));
        return neutral;
    }

    private static byte[] bytes(ByteBuffer buffer) {
        byte[] bytes = new byte[buffer.remaining()];
        buffer.duplicate().get(bytes);
        return bytes;
    }
}
