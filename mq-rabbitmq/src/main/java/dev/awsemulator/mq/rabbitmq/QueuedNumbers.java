package dev.awsemulator.mq.rabbitmq;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.NavigableSet;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.BiConsumer;

/**
 * Which journaled messages each queue holds, by message number: numbers grow with publication, so each
 * queue's numbers in ascending order are its messages in the order they were published. Not thread-safe.
 */
final class QueuedNumbers {

    private final Map<UUID, NavigableSet<Long>> queues = new HashMap<>();

    void add(UUID queue, long number) {
        queues.computeIfAbsent(queue, id -> new TreeSet<>()).add(number);
    }

    void remove(UUID queue, long number) {
        NavigableSet<Long> numbers = queues.get(queue);
        if (numbers != null && numbers.remove(number) && numbers.isEmpty()) {
            queues.remove(queue);
        }
    }

    /** Each queue's message numbers, in publication order. */
    void forEach(BiConsumer<UUID, Long> action) {
        queues.forEach((queue, numbers) -> numbers.forEach(number -> action.accept(queue, number)));
    }

    /** The message numbers {@code queue} holds, in publication order. */
    NavigableSet<Long> of(UUID queue) {
        return Collections.unmodifiableNavigableSet(queues.getOrDefault(queue, new TreeSet<>()));
    }

    void clear() {
        queues.clear();
    }
}
