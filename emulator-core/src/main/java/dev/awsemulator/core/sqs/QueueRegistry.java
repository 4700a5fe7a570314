package dev.awsemulator.core.sqs;

import dev.awsemulator.core.common.AwsException;
import dev.awsemulator.core.common.Caller;
import dev.awsemulator.core.common.RetainedMemory;
import dev.awsemulator.core.persistence.RestoredState;
import dev.awsemulator.core.persistence.StateJournal;
import dev.awsemulator.core.time.Clock;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every queue of every account and region, found by URL, ARN or identity, each resolved once per request.
 * A queue is journaled here as it comes and goes: created before anyone can reach it, dropped as it leaves.
 */
final class QueueRegistry {

    private final Map<QueueRef, Queue> queues = new ConcurrentHashMap<>();
    private final Clock clock;
    private final QueueJournal journal;
    private final RetainedMemory memory;

    QueueRegistry(Clock clock, QueueJournal journal, RetainedMemory memory) {
        this.clock = clock;
        this.journal = journal;
        this.memory = memory;
    }

    /** The queue a request's QueueUrl names: MissingParameter without one, QueueDoesNotExist if there is none. */
    Queue find(Caller caller, String queueUrl) {
        QueueRef ref = QueueUrl.parse(caller, SqsParameters.required(queueUrl, "QueueUrl"));
        Queue queue = ref == null ? null : queues.get(ref);
        if (queue == null) {
            throw queueDoesNotExist();
        }
        return queue;
    }

    /** The queue with this ARN, or null. */
    Queue byArn(String arn) {
        QueueRef ref = QueueRef.fromArn(arn);
        return ref == null ? null : queues.get(ref);
    }

    /** The queue with this identity, or null. */
    Queue get(QueueRef ref) {
        return queues.get(ref);
    }

    Collection<Queue> all() {
        return queues.values();
    }

    /** The queues whose redrive policy moves messages to the queue with this ARN. */
    List<Queue> deadLetterSourcesOf(String deadLetterQueueArn) {
        return queues.values().stream()
                .filter(queue -> queue.settings().redrivePolicy != null
                        && queue.settings().redrivePolicy.deadLetterTargetArn().equals(deadLetterQueueArn))
                .toList();
    }

    /**
     * Adds a new queue, journaled before any request can reach it: whatever an earlier queue of the same
     * name left in the journal is gone. The caller has made sure the name is free.
     */
    Queue create(QueueRef ref, QueueSettings settings, Map<String, String> tags) {
        Queue created = new Queue(ref, settings, tags, clock, this::byArn, journal, memory);
        created.persistCreated();
        queues.put(ref, created);
        return created;
    }

    /**
     * Takes the queue out, in memory and in the journal; false if another call took it first. The caller
     * closes it.
     */
    boolean remove(Queue queue) {
        if (!queues.remove(queue.ref, queue)) {
            return false;
        }
        journal.dropped(queue.arn, null);
        return true;
    }

    /** Deletes every queue, in memory only: a reset starts the journal again itself. */
    void clear() {
        List<Queue> all = List.copyOf(queues.values());
        queues.clear();
        all.forEach(Queue::close);
    }

    /** Writes every queue with everything in it, for a snapshot. */
    void export(StateJournal out) {
        QueueJournal writer = new QueueJournal(out);
        queues.values().forEach(queue -> queue.export(writer));
    }

    /** Puts back the queues a data directory kept. */
    void restore(RestoredState state) {
        for (String scope : state.scopes(QueueJournal.QUEUE)) {
            QueueJournal.QueueImage image = state.image(scope, QueueJournal.QUEUE, QueueJournal.QUEUE_ID);
            Queue queue = Queue.restored(image, state.images(scope, QueueJournal.MESSAGE),
                    state.images(scope, QueueJournal.RECEIVE), state.images(scope, QueueJournal.DEDUPLICATION),
                    clock, this::byArn, journal, memory);
            queues.put(queue.ref, queue);
        }
    }

    static AwsException queueDoesNotExist() {
        return SqsError.QUEUE_DOES_NOT_EXIST.exception("The specified queue does not exist.");
    }
}
