package dev.awsemulator.core.sqs;

import dev.awsemulator.core.common.AwsException;
import dev.awsemulator.core.common.ContentDigest;
import dev.awsemulator.core.common.DeferredText;
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
        SendMessageBatchResultEntry sent = sendReserved(senderId, queue, entry, false, null).resultEntry(null);
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
        // AWS refuses the whole batch, not the entry, when a FIFO queue's message lacks its group or deduplication.
        QueueSettings settings = queue.settings();
        if (settings.fifo) {
            entries.forEach(entry -> requireFifoIds(settings, entry, true));
        }
        reserve(entries);
        List<SendMessageBatchResultEntry> successful = new ArrayList<>();
        List<BatchResultErrorEntry> failed = new ArrayList<>();
        for (SendMessageBatchRequestEntry entry : entries) {
            try {
                successful.add(sendReserved(senderId, queue, entry, true, null).resultEntry(entry.id()));
            } catch (AwsException e) {
                failed.add(Batches.failure(entry.id(), e));
            }
        }
        return new SendMessageBatchResult(successful, failed);
    }

    /**
     * A message sent on behalf of another service (SNS fanout), with the same validation as SendMessage,
     * which checks {@code message}'s body: {@code body}'s draft. The queue keeps {@code body} unfinished
     * until the message is first read; nobody reads the digest a send would answer with.
     */
    void sendOnBehalf(String senderId, Queue queue, SendMessageBatchRequestEntry message, DeferredText body) {
        reserve(List.of(message));
        sendReserved(senderId, queue, message, false, body);
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

    /** @param deferredBody what the queue keeps as the body; null when that is the entry's own body */
    private Sent sendReserved(String senderId, Queue queue, SendMessageBatchRequestEntry entry, boolean inBatch,
                              DeferredText deferredBody) {
        try {
            return send(senderId, queue, entry, inBatch, deferredBody);
        } catch (RuntimeException e) {
            memory.release(footprint(entry));
            throw e;
        }
    }

    private Sent send(String senderId, Queue queue, SendMessageBatchRequestEntry entry, boolean inBatch,
                      DeferredText deferredBody) {
        QueueSettings settings = queue.settings();
        MessageValidation.body(entry.messageBody());
        MessageValidation.attributes(entry.messageAttributes());
        MessageValidation.systemAttributes(entry.messageSystemAttributes());
        long size = MessageValidation.size(entry.messageBody(), entry.messageAttributes());
        if (size > settings.maximumMessageSize) {
            // AWS words the same refusal differently for a batch entry.
            throw SqsError.invalidParameter("One or more parameters " + (inBatch ? "cannot be validated" : "are invalid")
                    + ". Reason: Message must be shorter than " + settings.maximumMessageSize + " bytes.");
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
            requireFifoIds(settings, entry, inBatch);
            if (deduplicationId == null) {
                deduplicationId = ContentDigest.sha256Hex(entry.messageBody());
            }
        } else if (deduplicationId != null) {
            throw SqsError.invalidParameter("Value " + deduplicationId + " for parameter MessageDeduplicationId is "
                    + "invalid. Reason: The request include parameter that is not valid for this queue type.");
        }
        UUID messageId = UUID.randomUUID();
        Map<String, MessageAttributeValue> attributes = copy(entry.messageAttributes());
        Map<String, MessageAttributeValue> systemAttributes = copy(entry.messageSystemAttributes());
        String keptDeduplicationId = settings.fifo ? deduplicationId : null;
        QueuedMessage message = deferredBody == null
                ? new QueuedMessage(messageId, entry.messageBody(), attributes, systemAttributes, clock.millis(),
                        senderId, groupId, keptDeduplicationId, null)
                : new QueuedMessage(messageId, deferredBody, attributes, systemAttributes, clock.millis(),
                        senderId, groupId, keptDeduplicationId);
        return new Sent(message, queue.send(message, delay == null ? settings.delaySeconds : delay));
    }

    /** A message the queue took; its digests are computed only for a result entry. */
    private record Sent(QueuedMessage message, Queue.SendOutcome outcome) {

        SendMessageBatchResultEntry resultEntry(String entryId) {
            return new SendMessageBatchResultEntry(entryId, outcome.messageId(), message.md5OfBody(),
                    message.md5OfAttributes(), message.md5OfSystemAttributes(), outcome.sequenceNumber());
        }
    }

    /** A FIFO queue's message has a group and is deduplicated by its id or, if the queue says so, by content. */
    private static void requireFifoIds(QueueSettings settings, SendMessageBatchRequestEntry entry, boolean inBatch) {
        if (entry.messageGroupId() == null) {
            throw inBatch ? SqsError.invalidParameter("The request must contain the parameter MessageGroupId.")
                    : SqsError.missingParameter("MessageGroupId");
        }
        if (entry.messageDeduplicationId() == null && !settings.contentBasedDeduplication) {
            throw SqsError.invalidParameter("The queue should either have ContentBasedDeduplication enabled "
                    + "or MessageDeduplicationId provided explicitly");
        }
    }

    private static Map<String, MessageAttributeValue> copy(Map<String, MessageAttributeValue> attributes) {
        return attributes == null || attributes.isEmpty() ? Map.of() : Map.copyOf(attributes);
    }
}
