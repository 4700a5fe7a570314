package dev.awsemulator.core.sns;

import com.fasterxml.jackson.databind.JsonNode;
import dev.awsemulator.core.common.Arn;
import dev.awsemulator.core.common.AwsException;
import dev.awsemulator.core.common.Caller;
import dev.awsemulator.core.common.ContentDigest;
import dev.awsemulator.core.common.DeduplicationWindow;
import dev.awsemulator.core.common.JsonDocuments;
import dev.awsemulator.core.common.RetainedMemory;
import dev.awsemulator.core.sns.api.BatchResultErrorEntry;
import dev.awsemulator.core.sns.api.MessageAttributeValue;
import dev.awsemulator.core.sns.api.PublishBatchRequest;
import dev.awsemulator.core.sns.api.PublishBatchRequestEntry;
import dev.awsemulator.core.sns.api.PublishBatchResult;
import dev.awsemulator.core.sns.api.PublishBatchResultEntry;
import dev.awsemulator.core.sns.api.PublishRequest;
import dev.awsemulator.core.sns.api.PublishResult;
import dev.awsemulator.core.time.Clock;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Publish and PublishBatch: each message validated, then sent to a phone number, a platform endpoint, or
 * a topic's subscriptions through the {@link Fanout}, and recorded for inspection. A FIFO topic
 * deduplicates and numbers its messages under its lock, and journals each new deduplication record.
 */
final class Publisher {

    private static final Pattern BATCH_ENTRY_ID = Pattern.compile("[A-Za-z0-9_-]+");
    private static final int MAX_BATCH_ENTRY_ID_LENGTH = 80;
    private static final Pattern GROUP_OR_DEDUPLICATION_ID = Pattern.compile("[!-~]{1,128}");
    private static final int MAX_BATCH_ENTRIES = 10;

    private final Clock clock;
    private final TopicRegistry topics;
    private final TopicJournal journal;
    private final Fanout fanout;
    private final PlatformApplications platform;
    private final SmsSettings sms;
    private final PublishedMessages published;
    private final RetainedMemory memory;

    Publisher(Clock clock, TopicRegistry topics, TopicJournal journal, Fanout fanout, PlatformApplications platform,
              SmsSettings sms, PublishedMessages published, RetainedMemory memory) {
        this.clock = clock;
        this.topics = topics;
        this.journal = journal;
        this.fanout = fanout;
        this.platform = platform;
        this.sms = sms;
        this.published = published;
        this.memory = memory;
    }

    PublishResult publish(Caller caller, PublishRequest request) {
        Map<String, MessageAttributeValue> attributes = attributesOf(request.messageAttributes());
        int targets = (request.topicArn() != null ? 1 : 0) + (request.targetArn() != null ? 1 : 0)
                + (request.phoneNumber() != null ? 1 : 0);
        if (targets == 0) {
            throw SnsError.invalidParameter("TopicArn or TargetArn Reason: no value for required parameter");
        }
        if (targets > 1) {
            throw SnsError.invalidParameter("TopicArn or TargetArn or PhoneNumber Reason: Only one of these "
                    + "parameters may be set");
        }
        Message message = validateMessage(request.message(), request.subject(), request.messageStructure(), attributes);
        if (request.phoneNumber() != null) {
            return sms.publish(request.phoneNumber(), message.text(), attributes, clock.now());
        }
        String target = request.topicArn() != null ? request.topicArn() : request.targetArn();
        Arn arn = SnsResources.required(request.topicArn() != null ? "TopicArn" : "TargetArn", target);
        if (arn.resource().startsWith("endpoint/")) {
            return platform.publish(target, message.text(), attributes, clock.now());
        }
        TopicState topic = topics.topic(target);
        requireRetainedMemory(message.text().length());
        return publishToTopic(caller, topic, message, attributes, request.messageGroupId(),
                request.messageDeduplicationId());
    }

    /**
     * A publish whose queue deliveries could not be kept, not even one copy of its {@code characters}, is refused
     * whole, with the throttling error SNS models (HTTP 429, which the SDKs retry with backoff). One that
     * starts with room left but fills the bound midway records each refused delivery as FAILED with the
     * SQS error as its reason.
     */
    private void requireRetainedMemory(long characters) {
        if (!memory.hasRoomFor(2 * characters)) {
            throw SnsError.THROTTLED.exception(memory.exhausted());
        }
    }

    PublishBatchResult publishBatch(Caller caller, TopicState topic, PublishBatchRequest request) {
        List<PublishBatchRequestEntry> entries = request.publishBatchRequestEntries();
        if (entries == null || entries.isEmpty()) {
            throw SnsError.EMPTY_BATCH_REQUEST.exception("The batch request doesn't contain any entries.");
        }
        if (entries.size() > MAX_BATCH_ENTRIES) {
            throw SnsError.TOO_MANY_ENTRIES_IN_BATCH_REQUEST.exception(
                    "The batch request contains more entries than permissible.");
        }
        Set<String> ids = new HashSet<>();
        long total = 0;
        for (PublishBatchRequestEntry entry : entries) {
            requireValidId(entry.id());
            if (!ids.add(entry.id())) {
                throw SnsError.BATCH_ENTRY_IDS_NOT_DISTINCT.exception("Two or more batch entries in the request have "
                        + "the same Id.");
            }
            total += MessageAttributes.size(entry.message(), attributesOf(entry.messageAttributes()));
        }
        if (total > MessageAttributes.MAX_MESSAGE_BYTES) {
            throw SnsError.BATCH_REQUEST_TOO_LONG.exception("The length of all the messages put together is more "
                    + "than the limit.");
        }
        entries.forEach(entry -> requireBatchable(topic, entry));
        requireRetainedMemory(total);
        List<PublishBatchResultEntry> successful = new ArrayList<>();
        List<BatchResultErrorEntry> failed = new ArrayList<>();
        for (PublishBatchRequestEntry entry : entries) {
            try {
                Map<String, MessageAttributeValue> attributes = attributesOf(entry.messageAttributes());
                Message message = validateMessage(entry.message(), entry.subject(), entry.messageStructure(),
                        attributes);
                PublishResult result = publishToTopic(caller, topic, message, attributes, entry.messageGroupId(),
                        entry.messageDeduplicationId());
                successful.add(new PublishBatchResultEntry(entry.id(), result.messageId(), result.sequenceNumber()));
            } catch (AwsException e) {
                failed.add(new BatchResultErrorEntry(entry.id(), e.errorCode().queryCode(), e.getMessage(),
                        e.errorCode().senderFault()));
            }
        }
        return new PublishBatchResult(successful, failed);
    }

    private record Message(String text, JsonNode structure, String subject) {
    }

    private static Message validateMessage(String text, String subject, String structure,
                                           Map<String, MessageAttributeValue> attributes) {
        if (text == null || text.isEmpty()) {
            throw SnsError.invalidParameter("Empty message");
        }
        if (subject != null && (subject.isEmpty() || subject.length() > 100 || !subject.chars().allMatch(
                c -> c >= 0x20 && c < 0x7f) || subject.startsWith(" "))) {
            throw SnsError.invalidParameter("Subject");
        }
        MessageAttributes.validate(attributes);
        if (MessageAttributes.size(text, attributes) > MessageAttributes.MAX_MESSAGE_BYTES) {
            throw SnsError.invalidParameter("Message too long");
        }
        JsonNode parsed = structure == null ? null : structured(text, structure);
        return new Message(parsed == null ? text : parsed.get("default").asText(), parsed, subject);
    }

    /** A message with {@code MessageStructure=json}: a JSON object with a text {@code default}. */
    private static JsonNode structured(String text, String structure) {
        if (!structure.equals("json")) {
            throw SnsError.invalidParameter("MessageStructure");
        }
        JsonNode parsed = JsonDocuments.parseObject(text);
        if (parsed == null) {
            throw SnsError.invalidParameter("Message Structure - JSON message body failed to parse");
        }
        if (!parsed.path("default").isTextual()) {
            throw SnsError.invalidParameter("Message Structure - No default entry in JSON message body");
        }
        return parsed;
    }

    /** A batch entry's Id: up to 80 letters, digits, hyphens and underscores, with AWS's message for each fault. */
    private static void requireValidId(String id) {
        if (id == null || id.isEmpty()) {
            throw SnsError.INVALID_BATCH_ENTRY_ID.exception("The Id of a batch entry in a batch request doesn't "
                    + "abide by the specification.");
        }
        if (id.length() > MAX_BATCH_ENTRY_ID_LENGTH) {
            throw SnsError.INVALID_BATCH_ENTRY_ID.exception("The Id of a batch entry in the batch request is too long: "
                    + id);
        }
        if (!BATCH_ENTRY_ID.matcher(id).matches()) {
            throw SnsError.INVALID_BATCH_ENTRY_ID.exception("The Id of a batch entry in the batch request contains an "
                    + "impermissible character: " + id);
        }
    }

    /**
     * What AWS checks of every entry before publishing any, refusing the whole batch: its message structure,
     * and a FIFO topic's group and deduplication.
     */
    private static void requireBatchable(TopicState topic, PublishBatchRequestEntry entry) {
        if (entry.messageStructure() != null && entry.message() != null) {
            structured(entry.message(), entry.messageStructure());
        }
        requireIds(topic, entry.messageGroupId(), entry.messageDeduplicationId());
    }

    private PublishResult publishToTopic(Caller caller, TopicState topic, Message message,
                                         Map<String, MessageAttributeValue> attributes, String groupId,
                                         String deduplicationId) {
        requireIds(topic, groupId, deduplicationId);
        if (!topic.fifo()) {
            Notification notification = new Notification(UUID.randomUUID().toString(), topic.arn, message.text(),
                    message.structure(), message.subject(), attributes, clock.now(), groupId, null, null);
            return deliver(caller, topic, notification);
        }
        String key = deduplicationId == null ? ContentDigest.sha256Hex(message.text()) : deduplicationId;
        // One FIFO topic delivers in one order to all its queues: publish and fan out under its lock.
        synchronized (topic) {
            long now = clock.millis();
            DeduplicationWindow.Entry earlier = topic.earlier(key, now);
            if (earlier != null) {
                return new PublishResult(earlier.messageId(), earlier.sequenceNumber());
            }
            String messageId = UUID.randomUUID().toString();
            DeduplicationWindow.Entry registered = topic.register(key, messageId, now);
            journal.published(topic, registered);
            String sequence = registered.sequenceNumber();
            Notification notification = new Notification(messageId, topic.arn, message.text(), message.structure(),
                    message.subject(), attributes, clock.now(), groupId, key, sequence);
            return deliver(caller, topic, notification);
        }
    }

    /** A FIFO topic's message has a group and is deduplicated by its id or by content; a standard one by neither. */
    private static void requireIds(TopicState topic, String groupId, String deduplicationId) {
        if (groupId != null && !GROUP_OR_DEDUPLICATION_ID.matcher(groupId).matches()) {
            throw SnsError.invalidParameter("MessageGroupId Reason: MessageGroupId can only include alphanumeric and "
                    + "punctuation characters. 1 to 128 in length.");
        }
        if (!topic.fifo()) {
            if (deduplicationId != null) {
                throw SnsError.invalidParameter("MessageDeduplicationId Reason: The request includes "
                        + "MessageDeduplicationId parameter that is not valid for this topic type");
            }
            return;
        }
        if (groupId == null) {
            throw SnsError.invalidParameter("The MessageGroupId parameter is required for FIFO topics");
        }
        if (deduplicationId == null && !topic.attributes().contentBasedDeduplication()) {
            throw SnsError.invalidParameter("The topic should either have ContentBasedDeduplication enabled or "
                    + "MessageDeduplicationId provided explicitly");
        }
        if (deduplicationId != null && !GROUP_OR_DEDUPLICATION_ID.matcher(deduplicationId).matches()) {
            throw SnsError.invalidParameter("MessageDeduplicationId Reason: MessageDeduplicationId can only include "
                    + "alphanumeric and punctuation characters. 1 to 128 in length.");
        }
    }

    private PublishResult deliver(Caller caller, TopicState topic, Notification notification) {
        List<Delivery> deliveries = fanout.deliver(topic, notification, topics.subscriptionsOf(topic.arn),
                caller.endpoint());
        published.record(new PublishedMessage(notification.messageId(), topic.arn, notification.message(),
                notification.subject(), notification.attributes(), notification.timestamp(),
                notification.messageGroupId(), notification.sequenceNumber(), deliveries));
        return new PublishResult(notification.messageId(), notification.sequenceNumber());
    }

    private static Map<String, MessageAttributeValue> attributesOf(Map<String, MessageAttributeValue> attributes) {
        return attributes == null ? Map.of() : Map.copyOf(attributes);
    }
}
