package dev.awsemulator.junit;

import dev.awsemulator.core.sqs.PeekedMessage;

import java.time.Instant;
import java.util.Map;

/**
 * A message as it sits in a queue, read by {@link Inspection#queue} without receiving it: its visibility
 * and receive count stay as they are.
 *
 * @param state          whether a receive could return it now, it is in flight, or it waits out a delay
 * @param receiveCount   how often it was received so far
 * @param sentAt         when it was sent, on the emulator's clock (virtual time if on)
 * @param messageGroupId null on standard queues
 */
public record QueuedMessage(String messageId, String body, Map<String, MessageAttribute> messageAttributes,
                            State state, int receiveCount, Instant sentAt, String messageGroupId,
                            String messageDeduplicationId, String sequenceNumber) {

    public enum State {
        VISIBLE, IN_FLIGHT, DELAYED
    }

    static QueuedMessage of(PeekedMessage peeked) {
        return new QueuedMessage(peeked.messageId(), peeked.body(), MessageAttribute.of(peeked.messageAttributes(),
                value -> new MessageAttribute(value.dataType(), value.stringValue(), value.binaryValue())),
                State.valueOf(peeked.state().name()), peeked.receiveCount(), peeked.sentAt(), peeked.messageGroupId(),
                peeked.messageDeduplicationId(), peeked.sequenceNumber());
    }
}
