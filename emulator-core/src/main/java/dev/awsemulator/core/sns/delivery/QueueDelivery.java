package dev.awsemulator.core.sns.delivery;

import dev.awsemulator.core.common.DeferredText;

import java.util.Map;

/**
 * How SNS puts a message into an SQS queue of the same emulator. The composition root wires it to
 * the SQS engine, so that SNS knows nothing of queues.
 */
@FunctionalInterface
public interface QueueDelivery {

    /**
     * Enqueues the message, synchronously; a body not yet finished is kept so and finished when the
     * message is first read.
     *
     * @throws DeliveryFailedException when the queue does not exist or rejects the message
     */
    void send(String queueArn, DeferredText body, Map<String, DeliveredAttribute> attributes, String messageGroupId,
              String messageDeduplicationId);

    /** For emulators without SQS: every queue delivery fails. */
    QueueDelivery UNAVAILABLE = (queueArn, body, attributes, messageGroupId, messageDeduplicationId) -> {
        throw new DeliveryFailedException("SQS is not available in this emulator");
    };
}
