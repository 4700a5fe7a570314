package dev.awsemulator.server.sqs;

import dev.awsemulator.core.common.Caller;
import dev.awsemulator.core.sqs.MessageDigests;
import dev.awsemulator.core.sqs.PeekedMessage;
import dev.awsemulator.core.sqs.SqsError;
import dev.awsemulator.core.sqs.SqsService;
import dev.awsemulator.core.sqs.api.Message;
import dev.awsemulator.core.sqs.api.ReceiveMessageResult;
import dev.awsemulator.server.api.MessagePeek;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * LocalStack's message peek over {@link SqsService#peek}: the queue's messages as a receive with
 * every attribute would show them, with the MD5s SDKs check, a placeholder receipt handle (a peek
 * receives nothing) and, as LocalStack adds them, {@code IsVisible} / {@code IsDelayed} attributes
 * when invisible or delayed messages are asked for.
 */
public final class SqsPeek implements MessagePeek {

    /** LocalStack's placeholder: deleting with it fails, as it should. */
    static final String NO_RECEIPT_HANDLE = "SQS/BACKDOOR/ACCESS";

    private final SqsService sqs;

    public SqsPeek(SqsService sqs) {
        this.sqs = sqs;
    }

    @Override
    public ReceiveMessageResult peek(Caller caller, String queueUrl, boolean showInvisible, boolean showDelayed) {
        if (queueUrl == null || queueUrl.isEmpty()) {
            throw SqsError.QUEUE_DOES_NOT_EXIST.exception("The specified queue does not exist.");
        }
        List<Message> messages = sqs.peek(sqs.queueArn(caller, queueUrl)).stream()
                .filter(message -> message.state() == PeekedMessage.State.VISIBLE
                        || showInvisible && message.state() == PeekedMessage.State.IN_FLIGHT
                        || showDelayed && message.state() == PeekedMessage.State.DELAYED)
                .map(message -> toMessage(message, showInvisible, showDelayed))
                .toList();
        return new ReceiveMessageResult(messages);
    }

    private static Message toMessage(PeekedMessage message, boolean showInvisible, boolean showDelayed) {
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("SentTimestamp", Long.toString(message.sentAt().toEpochMilli()));
        attributes.put("ApproximateReceiveCount", Integer.toString(message.receiveCount()));
        putIfPresent(attributes, "MessageGroupId", message.messageGroupId());
        putIfPresent(attributes, "MessageDeduplicationId", message.messageDeduplicationId());
        putIfPresent(attributes, "SequenceNumber", message.sequenceNumber());
        if (showInvisible) {
            attributes.put("IsVisible", Boolean.toString(message.state() == PeekedMessage.State.VISIBLE));
        }
        if (showDelayed) {
            attributes.put("IsDelayed", Boolean.toString(message.state() == PeekedMessage.State.DELAYED));
        }
        return new Message(message.messageId(), NO_RECEIPT_HANDLE, MessageDigests.ofBody(message.body()),
                message.body(), attributes, MessageDigests.ofAttributes(message.messageAttributes()),
                message.messageAttributes());
    }

    private static void putIfPresent(Map<String, String> attributes, String name, String value) {
        if (value != null) {
            attributes.put(name, value);
        }
    }
}
