package dev.awsemulator.core.sqs;

import dev.awsemulator.core.common.Caller;
import dev.awsemulator.core.sqs.api.CreateQueueRequest;
import dev.awsemulator.core.sqs.api.CreateQueueResult;
import dev.awsemulator.core.sqs.api.GetQueueUrlRequest;
import dev.awsemulator.core.sqs.api.GetQueueUrlResult;
import dev.awsemulator.core.time.Clock;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import static dev.awsemulator.core.sqs.QueueAttributeNames.FIFO_QUEUE;

/**
 * Creating, finding, deleting and purging queues, with AWS's 60-second cooldowns: before a deleted
 * queue's name is used again, and between two purges of one queue. Creations and deletions take this
 * object's lock, so two of them never race for one name.
 */
final class QueueLifecycle {

    private static final Pattern QUEUE_NAME = Pattern.compile("[A-Za-z0-9_-]{1,80}");
    private static final Pattern FIFO_QUEUE_NAME = Pattern.compile("[A-Za-z0-9_-]{1,75}\\.fifo");
    private static final long COOLDOWN_MILLIS = 60_000;

    private final Clock clock;
    private final SqsOptions options;
    private final QueueRegistry queues;
    private final QueueConfiguration configuration;
    private final Map<QueueRef, Long> deletedAt = new ConcurrentHashMap<>();
    private final Map<QueueRef, Long> purgedAt = new ConcurrentHashMap<>();

    QueueLifecycle(Clock clock, SqsOptions options, QueueRegistry queues, QueueConfiguration configuration) {
        this.clock = clock;
        this.options = options;
        this.queues = queues;
        this.configuration = configuration;
    }

    CreateQueueResult create(Caller caller, CreateQueueRequest request) {
        String name = SqsParameters.required(request.queueName(), "QueueName");
        Map<String, String> attributes = request.attributes() == null ? Map.of() : request.attributes();
        boolean fifo = "true".equalsIgnoreCase(attributes.get(FIFO_QUEUE));
        if (fifo ? !FIFO_QUEUE_NAME.matcher(name).matches() : !QUEUE_NAME.matcher(name).matches()) {
            throw SqsError.invalidParameter(fifo || name.endsWith(".fifo")
                    ? "The name of a FIFO queue can only include alphanumeric characters, hyphens, or underscores, "
                    + "must end with .fifo suffix and be 1 to 80 in length."
                    : "Can only include alphanumeric characters, hyphens, or underscores. 1 to 80 in length");
        }
        QueueRef ref = QueueRef.of(caller, name);
        QueueSettings settings = QueueSettings.defaults(fifo).with(attributes);
        configuration.checkRedrive(ref, settings);
        Map<String, String> tags = request.tags() == null ? Map.of() : request.tags();
        QueueTagging.validate(tags);
        synchronized (this) {
            Queue existing = queues.get(ref);
            if (existing != null) {
                String difference = existing.settings().firstDifference(attributes);
                if (difference != null) {
                    throw SqsError.QUEUE_NAME_EXISTS.exception("A queue already exists with the same name and a "
                            + "different value for attribute " + difference);
                }
                return new CreateQueueResult(ref.url(caller.endpoint()));
            }
            Long deleted = deletedAt.get(ref);
            if (options.deletedQueueCooldown() && deleted != null && clock.millis() - deleted < COOLDOWN_MILLIS) {
                throw SqsError.QUEUE_DELETED_RECENTLY.exception("You must wait 60 seconds after deleting a queue "
                        + "before you can create another with the same name.");
            }
            queues.create(ref, settings, tags);
        }
        return new CreateQueueResult(ref.url(caller.endpoint()));
    }

    GetQueueUrlResult url(Caller caller, GetQueueUrlRequest request) {
        String name = SqsParameters.required(request.queueName(), "QueueName");
        String account = request.queueOwnerAWSAccountId() == null ? caller.accountId()
                : request.queueOwnerAWSAccountId();
        QueueRef ref = new QueueRef(caller.partition(), caller.region(), account, name);
        if (queues.get(ref) == null) {
            throw QueueRegistry.queueDoesNotExist();
        }
        return new GetQueueUrlResult(ref.url(caller.endpoint()));
    }

    void delete(Queue queue) {
        synchronized (this) {
            if (remove(queue)) {
                deletedAt.put(queue.ref, clock.millis());
            }
        }
        queue.close();
    }

    /**
     * Deletes every queue of one account, in every region, and answers their ARNs. No re-creation cooldown
     * is kept: nobody is meant to use the account again.
     */
    List<String> deleteAccount(String accountId) {
        List<Queue> removed = new ArrayList<>();
        synchronized (this) {
            for (Queue queue : queues.all()) {
                if (queue.ref.accountId().equals(accountId) && remove(queue)) {
                    removed.add(queue);
                }
            }
            deletedAt.keySet().removeIf(ref -> ref.accountId().equals(accountId));
        }
        removed.forEach(Queue::close);
        return removed.stream().map(queue -> queue.arn).toList();
    }

    /** Takes the queue out and forgets its purge cooldown; false if another call took it first. */
    private boolean remove(Queue queue) {
        if (!queues.remove(queue)) {
            return false;
        }
        purgedAt.remove(queue.ref);
        return true;
    }

    void purge(Queue queue) {
        long now = clock.millis();
        Long last = purgedAt.get(queue.ref);
        if (options.purgeCooldown() && last != null && now - last < COOLDOWN_MILLIS) {
            throw SqsError.PURGE_QUEUE_IN_PROGRESS.exception("Only one PurgeQueue operation on " + queue.ref.name()
                    + " is allowed every 60 seconds.");
        }
        purgedAt.put(queue.ref, now);
        queue.purge();
    }

    /** Deletes every queue and forgets every cooldown. */
    void reset() {
        queues.clear();
        deletedAt.clear();
        purgedAt.clear();
    }
}
