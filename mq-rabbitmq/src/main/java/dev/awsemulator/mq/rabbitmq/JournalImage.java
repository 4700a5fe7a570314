package dev.awsemulator.mq.rabbitmq;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;

/** What a message journal's committed batches leave: the messages, and which of them each queue holds. */
final class JournalImage {

    /** A message as the journal keeps it: its metadata type's ordinal, its encoded metadata, its content. */
    record PersistedMessage(int metaDataType, byte[] metaData, byte[] content) {
    }

    private final Map<Long, PersistedMessage> messages = new HashMap<>();
    private final QueuedNumbers queued = new QueuedNumbers();

    Batch newBatch() {
        return new Batch();
    }

    /** The messages some queue holds, by message number. */
    SortedMap<Long, PersistedMessage> queuedMessages() {
        SortedMap<Long, PersistedMessage> held = new TreeMap<>();
        queued.forEach((queue, number) -> {
            PersistedMessage message = messages.get(number);
            if (message != null) {
                held.put(number, message);
            }
        });
        return held;
    }

    /** Which messages each queue holds. */
    QueuedNumbers queued() {
        return queued;
    }

    /** One batch's records, applied only when its commit mark is read. */
    final class Batch {

        private final Map<Long, PersistedMessage> added = new HashMap<>();
        private final List<Runnable> changes = new ArrayList<>();

        void message(long number, int metaDataType, byte[] metaData, byte[] content) {
            added.put(number, new PersistedMessage(metaDataType, metaData, content));
        }

        void enqueue(UUID queue, long number) {
            changes.add(() -> queued.add(queue, number));
        }

        void dequeue(UUID queue, long number) {
            changes.add(() -> queued.remove(queue, number));
        }

        void apply() {
            messages.putAll(added);
            changes.forEach(Runnable::run);
        }
    }
}
