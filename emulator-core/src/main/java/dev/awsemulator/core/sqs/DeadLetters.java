package dev.awsemulator.core.sqs;

import java.util.ArrayList;
import java.util.List;

/**
 * Messages that one receive found past maxReceiveCount, handed to their dead-letter queue once the source
 * queue's lock is released. The source journals their removal only after the target journaled them, so a
 * restart in between finds a message twice rather than never.
 */
final class DeadLetters {

    private Queue source;
    private Queue target;
    private final List<QueuedMessage> moving = new ArrayList<>();

    void add(Queue sourceQueue, Queue deadLetterQueue, QueuedMessage message) {
        source = sourceQueue;
        target = deadLetterQueue;
        moving.add(message);
    }

    /** Moves the messages; outside every queue's lock. */
    void forward() {
        if (!moving.isEmpty()) {
            target.accept(moving);
            moving.forEach(message -> source.moved(message.messageId()));
        }
    }
}
