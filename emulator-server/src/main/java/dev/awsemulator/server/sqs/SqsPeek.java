package dev.awsemulator.server.sqs;

import dev.awsemulator.core.common.Caller;
import dev.awsemulator.core.sqs.MessageDigests;
import dev.awsemulator.core.sqs.PeekedMessage;
import dev.awsemulator.core.sqs.QueueUrl;
import dev.awsemulator.core.sqs.SqsError;
import dev.awsemulator.core.sqs.SqsService;
import dev.awsemulator.core.sqs.api.Message;
import dev.awsemulator.core.sqs.api.ReceiveMessageResult;
import dev.awsemulator.server.api.HttpBinding;
import dev.awsemulator.server.api.Operation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * LocalStack's SQS developer endpoint, so scripts and tests written for it keep working: a queue's
 * messages as a receive with every attribute would show them, without receiving them (over
 * {@link SqsService#peek}), with the MD5s SDKs check, a placeholder receipt handle (a peek receives
 * nothing) and, as LocalStack adds them, {@code IsVisible} / {@code IsDelayed} attributes when
 * invisible or delayed messages are asked for. Reached as {@code /_aws/sqs/messages?QueueUrl=...}
 * (GET, or POST with a form), as an SDK's ReceiveMessage sent to that path (the SDK's endpoint set
 * to it; answered in the request's protocol), or as {@code /_aws/sqs/messages/<region>/<account>/<queue>}.
 * {@code ShowInvisible} and {@code ShowDelayed} ({@code true} or {@code 1}) add the messages in
 * flight and those delayed.
 */
final class SqsPeek {

    static final String PATH = "/_aws/sqs/messages";

    /** LocalStack's placeholder: deleting with it fails, as it should. */
    private static final String NO_RECEIPT_HANDLE = "SQS/BACKDOOR/ACCESS";

    /**
     * What a peek is asked: the queue by URL, or by region, account and name in the path (which also
     * name the caller), and the flags.
     */
    record PeekRequest(String queueUrl, String showInvisible, String showDelayed, String region, String accountId,
                       String queueName) {
    }

    private final SqsService sqs;

    private SqsPeek(SqsService sqs) {
        this.sqs = sqs;
    }

    /** The peek as an operation: answered as ReceiveMessage is, in the protocol the request speaks. */
    static Operation<PeekRequest> operation(SqsService sqs) {
        return Operation.of("ReceiveMessage", PeekRequest.class, new SqsPeek(sqs)::peek)
                .at(HttpBinding.get(PATH + "/{region}/{accountId}/{queueName}")
                        .query("queueUrl", "QueueUrl")
                        .query("showInvisible", "ShowInvisible")
                        .query("showDelayed", "ShowDelayed"));
    }

    private ReceiveMessageResult peek(Caller caller, PeekRequest request) {
        String queueUrl = request.queueUrl();
        if (request.queueName() != null) {
            caller = new Caller(request.accountId(), request.region(), caller.endpoint());
            queueUrl = QueueUrl.of(caller.endpoint(), request.accountId(), request.queueName());
        }
        boolean showInvisible = flag(request.showInvisible());
        boolean showDelayed = flag(request.showDelayed());
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

    private static boolean flag(String value) {
        return value != null && (value.equalsIgnoreCase("true") || value.equals("1"));
    }

    private static void putIfPresent(Map<String, String> attributes, String name, String value) {
        if (value != null) {
            attributes.put(name, value);
        }
    }
}
