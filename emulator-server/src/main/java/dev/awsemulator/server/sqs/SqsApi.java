package dev.awsemulator.server.sqs;

import dev.awsemulator.core.common.Arn;
import dev.awsemulator.core.sqs.QueueOverview;
import dev.awsemulator.core.sqs.SqsError;
import dev.awsemulator.core.sqs.SqsService;
import dev.awsemulator.core.sqs.api.*;
import dev.awsemulator.server.api.JsonFacts;
import dev.awsemulator.server.api.Operation;
import dev.awsemulator.server.api.QueryFacts;
import dev.awsemulator.server.api.ResourceNames;
import dev.awsemulator.server.api.ServiceDefinition;
import dev.awsemulator.server.api.WireNames;
import dev.awsemulator.server.model.InputChecks;
import dev.awsemulator.server.model.ViolationReport;

import java.util.List;

/**
 * SQS's operation table and wire names (from the 2012-11-05 model): AWS JSON 1.0 with query-compatible
 * errors, and the Query protocol with flattened lists and {@code Name}/{@code Value} map entries, where
 * SDK v1 posts to the queue URL's path; LocalStack's message peek as a developer endpoint. Requests name
 * their queue by URL, name or ARN; the three batch calls fail entries by id.
 */
public final class SqsApi {

    /** A constant, as the wire names below are: its model, read at the first check, is read once per JVM. */
    private static final InputChecks INPUT_CHECKS = InputChecks.of(SqsApi.class, "input-constraints.txt",
            ViolationReport.missingParameter(SqsError.MISSING_PARAMETER));

    /** A constant, so that every emulator of a JVM shares the codecs made of it ({@link WireNames#derived}). */
    private static final WireNames WIRE_NAMES = wireNames();

    private SqsApi() {
    }

    public static ServiceDefinition definition(SqsService sqs) {
        return ServiceDefinition.builder("sqs")
                .json(JsonFacts.of("AmazonSQS", "1.0").withErrorTypePrefix("com.amazonaws.sqs#")
                        .withQueryCompatibleErrors())
                .inputChecks(INPUT_CHECKS)
                .query(QueryFacts.of("http://queue.amazonaws.com/doc/2012-11-05/").withFlattenedLists()
                        .withResourceUrl("QueueUrl"))
                .wireNames(WIRE_NAMES)
                .resources(ResourceNames.of("queue", () -> sqs.overview().stream().map(QueueOverview::arn).toList())
                        .member("queueUrl", sqs::queueArnOfUrl)
                        .member("queueName", (caller, name) -> Arn.of(caller, "sqs", name).toString())
                        .member("sourceArn", (caller, arn) -> arn))
                .operations(() -> List.of(
                Operation.of("CreateQueue", CreateQueueRequest.class, sqs::createQueue),
                Operation.of("GetQueueUrl", GetQueueUrlRequest.class, sqs::getQueueUrl),
                Operation.empty("DeleteQueue", QueueUrlRequest.class, sqs::deleteQueue),
                Operation.of("ListQueues", ListQueuesRequest.class, sqs::listQueues),
                Operation.of("GetQueueAttributes", GetQueueAttributesRequest.class, sqs::getQueueAttributes),
                Operation.empty("SetQueueAttributes", SetQueueAttributesRequest.class, sqs::setQueueAttributes),
                Operation.empty("PurgeQueue", QueueUrlRequest.class, sqs::purgeQueue),
                Operation.empty("TagQueue", TagQueueRequest.class, sqs::tagQueue),
                Operation.empty("UntagQueue", UntagQueueRequest.class, sqs::untagQueue),
                Operation.of("ListQueueTags", QueueUrlRequest.class, sqs::listQueueTags),
                Operation.empty("AddPermission", AddPermissionRequest.class, sqs::addPermission),
                Operation.empty("RemovePermission", RemovePermissionRequest.class, sqs::removePermission),
                Operation.of("SendMessage", SendMessageRequest.class, sqs::sendMessage),
                Operation.of("SendMessageBatch", SendMessageBatchRequest.class, sqs::sendMessageBatch)
                        .batch(SqsBatches.SEND),
                Operation.async("ReceiveMessage", ReceiveMessageRequest.class, sqs::receiveMessage),
                Operation.empty("DeleteMessage", DeleteMessageRequest.class, sqs::deleteMessage),
                Operation.of("DeleteMessageBatch", DeleteMessageBatchRequest.class, sqs::deleteMessageBatch)
                        .batch(SqsBatches.DELETE),
                Operation.empty("ChangeMessageVisibility", ChangeMessageVisibilityRequest.class,
                        sqs::changeMessageVisibility),
                Operation.of("ChangeMessageVisibilityBatch", ChangeMessageVisibilityBatchRequest.class,
                        sqs::changeMessageVisibilityBatch).batch(SqsBatches.CHANGE_VISIBILITY),
                Operation.of("ListDeadLetterSourceQueues", ListDeadLetterSourceQueuesRequest.class,
                        sqs::listDeadLetterSourceQueues),
                Operation.of("StartMessageMoveTask", StartMessageMoveTaskRequest.class, sqs::startMessageMoveTask),
                Operation.of("CancelMessageMoveTask", CancelMessageMoveTaskRequest.class, sqs::cancelMessageMoveTask),
                Operation.of("ListMessageMoveTasks", ListMessageMoveTasksRequest.class, sqs::listMessageMoveTasks)))
                .developerEndpoint(SqsPeek.PATH, "(peek)", SqsPeek.operation(sqs))
                .build();
    }

    private static WireNames wireNames() {
        return WireNames.withMapEntries("Name", "Value")
                .member("md5OfMessageBody", "MD5OfMessageBody")
                .member("md5OfMessageAttributes", "MD5OfMessageAttributes")
                .member("md5OfMessageSystemAttributes", "MD5OfMessageSystemAttributes")
                .member("md5OfBody", "MD5OfBody")
                .member("awsAccountIds", "AWSAccountIds")
                .member(CreateQueueRequest.class, "tags", "tags")
                .member(ListDeadLetterSourceQueuesResult.class, "queueUrls", "queueUrls")
                .queryMember(CreateQueueRequest.class, "attributes", "Attribute")
                .queryMember(CreateQueueRequest.class, "tags", "Tag")
                .mapEntry(CreateQueueRequest.class, "tags", "Key", "Value")
                .queryMember(GetQueueAttributesRequest.class, "attributeNames", "AttributeName")
                .queryMember(GetQueueAttributesResult.class, "attributes", "Attribute")
                .queryMember(SetQueueAttributesRequest.class, "attributes", "Attribute")
                .queryMember(ListQueuesResult.class, "queueUrls", "QueueUrl")
                .queryMember(ListDeadLetterSourceQueuesResult.class, "queueUrls", "QueueUrl")
                .queryMember(SendMessageRequest.class, "messageAttributes", "MessageAttribute")
                .queryMember(SendMessageRequest.class, "messageSystemAttributes", "MessageSystemAttribute")
                .queryMember(SendMessageBatchRequestEntry.class, "messageAttributes", "MessageAttribute")
                .queryMember(SendMessageBatchRequestEntry.class, "messageSystemAttributes", "MessageSystemAttribute")
                .queryMember(SendMessageBatchRequest.class, "entries", "SendMessageBatchRequestEntry")
                .queryMember(SendMessageBatchResult.class, "successful", "SendMessageBatchResultEntry")
                .queryMember(SendMessageBatchResult.class, "failed", "BatchResultErrorEntry")
                .queryMember(ReceiveMessageRequest.class, "attributeNames", "AttributeName")
                .queryMember(ReceiveMessageRequest.class, "messageSystemAttributeNames", "MessageSystemAttributeName")
                .queryMember(ReceiveMessageRequest.class, "messageAttributeNames", "MessageAttributeName")
                .queryMember(ReceiveMessageResult.class, "messages", "Message")
                .queryMember(Message.class, "attributes", "Attribute")
                .queryMember(Message.class, "messageAttributes", "MessageAttribute")
                .queryMember(MessageAttributeValue.class, "stringListValues", "StringListValue")
                .queryMember(MessageAttributeValue.class, "binaryListValues", "BinaryListValue")
                .queryMember(DeleteMessageBatchRequest.class, "entries", "DeleteMessageBatchRequestEntry")
                .queryMember(DeleteMessageBatchResult.class, "successful", "DeleteMessageBatchResultEntry")
                .queryMember(DeleteMessageBatchResult.class, "failed", "BatchResultErrorEntry")
                .queryMember(ChangeMessageVisibilityBatchRequest.class, "entries",
                        "ChangeMessageVisibilityBatchRequestEntry")
                .queryMember(ChangeMessageVisibilityBatchResult.class, "successful",
                        "ChangeMessageVisibilityBatchResultEntry")
                .queryMember(ChangeMessageVisibilityBatchResult.class, "failed", "BatchResultErrorEntry")
                .queryMember(TagQueueRequest.class, "tags", "Tag")
                .queryAlias(TagQueueRequest.class, "tags", "Tags")
                .mapEntry(TagQueueRequest.class, "tags", "Key", "Value")
                .queryMember(UntagQueueRequest.class, "tagKeys", "TagKey")
                .queryMember(ListQueueTagsResult.class, "tags", "Tag")
                .mapEntry(ListQueueTagsResult.class, "tags", "Key", "Value")
                .queryMember(AddPermissionRequest.class, "awsAccountIds", "AWSAccountId")
                .queryMember(AddPermissionRequest.class, "actions", "ActionName")
                .queryMember(ListMessageMoveTasksResult.class, "results", "ListMessageMoveTasksResultEntry");
    }
}
