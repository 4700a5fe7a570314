package dev.awsemulator.core.sqs;

import dev.awsemulator.core.common.AwsException;
import dev.awsemulator.core.common.ContentDigest;
import dev.awsemulator.core.common.RetainedMemory;
import dev.awsemulator.core.sqs.api.BatchResultErrorEntry;
import dev.awsemulator.core.sqs.api.MessageAttributeValue;
import dev.awsemulator.core.sqs.api.SendMessageBatchRequest;
import dev.awsemulator.core.sqs.api.SendMessageBatchRequestEntry;
import dev.awsemulator.core.sqs.api.SendMessageBatchResult;
import dev.awsemulator.core.sqs.api.SendMessageBatchResultEntry;
import dev.awsemulator.core.sqs.api.SendMessageRequest;
import dev.awsemulator.core.sqs.api.SendMessageResult;
import dev.awsemulator.core.time.Clock;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * SendMessage, SendMessageBatch and sends on behalf of SNS: each message validated against its queue's
 * settings, its retained memory reserved for the whole request first, then handed to the queue.
 */
final class SendRequests {

    private static final int MAX_BATCH_BYTES = 1_048_576;

    private final Clock clock;
    private final RetainedMemory memory;

    SendRequests(Clock clock, RetainedMemory memory) {
        this.clock = clock;
        this.memory = memory;
    }

    SendMessageResult send(String senderId, Queue queue, SendMessageRequest request) {
        SendMessageBatchRequestEntry entry = new SendMessageBatchRequestEntry(null, request.messageBody(),
                request.delaySeconds(), request.messageAttributes(), request.messageSystemAttributes(),
                request.messageDeduplicationId(), request.messageGroupId());
        reserve(List.of(entry));
        SendMessageBatchResultEntry sent = sendReserved(senderId, queue, entry, false);
        return new SendMessageResult(sent.md5OfMessageBody(), sent.md5OfMessageAttributes(),
                sent.md5OfMessageSystemAttributes(), sent.messageId(), sent.sequenceNumber());
    }

    SendMessageBatchResult sendBatch(String senderId, Queue queue, SendMessageBatchRequest request) {
        List<SendMessageBatchRequestEntry> entries = Batches.entries(request.entries(), "SendMessageBatchRequestEntry",
                SendMessageBatchRequestEntry::id);
        long total = entries.stream()
                .mapToLong(entry -> MessageValidation.size(entry.messageBody(), entry.messageAttributes())).sum();
        if (total > MAX_BATCH_BYTES) {
            throw SqsError.BATCH_REQUEST_TOO_LONG.exception("Batch requests cannot be longer than " + MAX_BATCH_BYTES
                    + " bytes. You have sent " + total + " bytes.");
        }
        reserve(entries);
        List<SendMessageBatchResultEntry> successful = new ArrayList<>();
        List<BatchResultErrorEntry> failed = new ArrayList<>();
        for (SendMessageBatchRequestEntry entry : entries) {
            try {
                successful.add(sendReserved(senderId, queue, entry, true));
            } catch (AwsException e) {
                failed.add(Batches.failure(entry.id(), e));
            }
        }
        return new SendMessageBatchResult(successful, failed);
    }

    /** A message sent on behalf of another service (SNS fanout), with the same validation as SendMessage. */
    void sendOnBehalf(String senderId, Queue queue, SendMessageBatchRequestEntry message) {
        reserve(List.of(message));
        sendReserved(senderId, queue, message, false);
    }

    /**
     * Takes the retained memory a whole request's messages will hold, or refuses the request before any
     * of them is stored. Each entry's share goes back if that entry is not kept.
     */
    private void reserve(List<SendMessageBatchRequestEntry> entries) {
        long bytes = entries.stream().mapToLong(SendRequests::footprint).sum();
        if (!memory.tryReserve(bytes)) {
            throw SqsError.OVER_LIMIT.exception(memory.exhausted());
        }
    }

    private static long footprint(SendMessageBatchRequestEntry entry) {
        return MessageFootprint.of(entry.messageBody(), entry.messageAttributes(), entry.messageSystemAttributes());
    }

    private SendMessageBatchResultEntry sendReserved(String senderId, Queue queue, SendMessageBatchRequestEntry entry,
                                                     boolean inBatch) {
        try {
            return send(senderId, queue, entry, inBatch);
        } catch (RuntimeException e) {
            memory.release(footprint(entry));
            throw e;
        }
    }

    private SendMessageBatchResultEntry send(String senderId, Queue queue, SendMessageBatchRequestEntry entry,
                                             boolean inBatch) {
        QueueSettings settings = queue.settings();
        MessageValidation.body(entry.messageBody());
        MessageValidation.attributes(entry.messageAttributes());
        MessageValidation.systemAttributes(entry.messageSystemAttributes());
        long size = MessageValidation.size(entry.messageBody(), entry.messageAttributes());
        if (size > settings.maximumMessageSize) {
            throw SqsError.invalidParameter("One or more parameters are invalid. Reason: Message must be shorter than "
                    + settings.maximumMessageSize + " bytes.");
        }
        Integer delay = entry.delaySeconds();
        if (delay != null && (delay < 0 || delay > 900)) {
            throw SqsError.invalidParameter("Value " + delay + " for parameter DelaySeconds is invalid. "
                    + "Reason: DelaySeconds must be >= 0 and <= 900.");
        }
        String groupId = entry.messageGroupId();
        String deduplicationId = entry.messageDeduplicationId();
        if (groupId != null) {
            MessageValidation.groupOrDeduplicationId("MessageGroupId", groupId);
        }
        if (deduplicationId != null) {
            MessageValidation.groupOrDeduplicationId("MessageDeduplicationId", deduplicationId);
        }
        if (settings.fifo) {
            if (delay != null && delay != 0) {
                throw SqsError.invalidParameter("Value " + delay + " for parameter DelaySeconds is invalid. "
                        + "Reason: The request include parameter that is not valid for this queue type.");
            }
            if (groupId == null) {
                throw inBatch ? SqsError.invalidParameter("The request must contain the parameter MessageGroupId.")
                        : SqsError.missingParameter("MessageGroupId");
            }
            if (deduplicationId == null) {
                if (!settings.contentBasedDeduplication) {
                    throw SqsError.invalidParameter("The queue should either have ContentBasedDeduplication enabled "
                            + "or MessageDeduplicationId provided explicitly");
                }
                deduplicationId = ContentDigest.sha256Hex(entry.messageBody());
            }
        } else if (deduplicationId != null) {
            throw SqsError.invalidParameter("Value " + deduplicationId + " for parameter MessageDeduplicationId is "
                    + "invalid. Reason: The request include parameter that is not valid for this queue type.");
        }
        QueuedMessage message = new QueuedMessage(UUID.randomUUID(), entry.messageBody(),
                copy(entry.messageAttributes()), copy(entry.messageSystemAttributes()), clock.millis(),
                senderId, groupId, settings.fifo ? deduplicationId : null, null);
        Queue.SendOutcome outcome = queue.send(message, delay == null ? settings.delaySeconds : delay);
        return new SendMessageBatchResultEntry(entry.id(), outcome.messageId(), message.md5OfBody(),
                message.md5OfAttributes(), message.md5OfSystemAttributes(), outcome.sequenceNumber());
    }

    private static Map<String, MessageAttributeValue> copy(Map<String, MessageAttributeValue> attributes) {
        return attributes == null || attributes.isEmpty() ? Map.of() : Map.copyOf(attributes);
    }
}
