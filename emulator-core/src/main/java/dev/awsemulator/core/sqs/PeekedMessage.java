package dev.awsemulator.core.sqs;

import dev.awsemulator.core.sqs.api.MessageAttributeValue;

import java.time.Instant;
import java.util.Map;

/**
 * A message as it sits in a queue, read without receiving it: no receipt handle is issued and its
 * visibility and receive count stay as they are. For tests and tools that ask "what is in there?".
 *
 * @param state          whether a receive could return it now, it is in flight, or it waits out a delay
 * @param receiveCount   how often it was received so far
 * @param messageGroupId null on standard queues
 */
public record PeekedMessage(String messageId, String body, Map<String, MessageAttributeValue> messageAttributes,
                            State state, int receiveCount, Instant sentAt, String messageGroupId,
                            String messageDeduplicationId, String sequenceNumber) {

    public enum State {
        VISIBLE, IN_FLIGHT, DELAYED
    }
}
