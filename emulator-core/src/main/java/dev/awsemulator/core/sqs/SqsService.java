package dev.awsemulator.core.sqs;

import dev.awsemulator.core.common.Caller;
import dev.awsemulator.core.common.RetainedMemory;
import dev.awsemulator.core.persistence.RestoredState;
import dev.awsemulator.core.persistence.StateJournal;
import dev.awsemulator.core.service.EmulatedService;
import dev.awsemulator.core.service.ServiceRegistration;
import dev.awsemulator.core.sqs.api.*;
import dev.awsemulator.core.time.Clock;

import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;

/**
 * Amazon SQS: every operation of the 2012-11-05 API, named after it. Validation happens before any
 * change, so a rejected request leaves every queue as it was. The work itself is done by one collaborator
 * per concern; this class only routes, after resolving the queue a request names once.
 * <p>
 * With a data directory every change is journaled before it is answered: a queue's settings and tags by
 * {@link #change}, the one method that runs such changes; its creation and deletion by the
 * {@link QueueRegistry}; its messages by the queue itself as they change.
 */
public final class SqsService implements EmulatedService {

    /** How an emulator makes its SQS. */
    public static final ServiceRegistration<SqsService> REGISTRATION = ServiceRegistration.of(SqsService.class,
            context -> new SqsService(context.clock(), context.options(SqsOptions.class, SqsOptions.STRICT),
                    context.journal(), context.retainedMemory()));

    private final QueueRegistry queues;
    private final QueueLifecycle lifecycle;
    private final QueueListing listing;
    private final QueueConfiguration configuration;
    private final SendRequests sender;
    private final MessageMoveTasks moveTasks;

    public SqsService(Clock clock, SqsOptions options) {
        this(clock, options, StateJournal.NONE, RetainedMemory.unbounded());
    }

    /**
     * A service that records every change in {@code journal} before acknowledging it and refuses new
     * messages beyond {@code memory}'s bound.
     */
    public SqsService(Clock clock, SqsOptions options, StateJournal journal, RetainedMemory memory) {
        this.queues = new QueueRegistry(clock, new QueueJournal(journal), memory);
        this.configuration = new QueueConfiguration(queues);
        this.lifecycle = new QueueLifecycle(clock, options, queues, configuration);
        this.listing = new QueueListing(queues);
        this.sender = new SendRequests(clock, memory);
        this.moveTasks = new MessageMoveTasks(clock, queues);
    }

    @Override
    public String name() {
        return QueueRef.SERVICE;
    }

    @Override
    public void exportState(StateJournal out) {
        queues.export(out);
    }

    @Override
    public void restoreState(RestoredState state) {
        queues.restore(state);
    }

    /** Deletes every queue and forgets every cooldown: a fresh service on the same clock. */
    @Override
    public void reset() {
        moveTasks.reset();
        lifecycle.reset();
    }

    /**
     * Deletes every queue of one account, in every region, with its move tasks. No re-creation cooldown
     * is kept: nobody is meant to use the account again.
     */
    @Override
    public void deleteAccount(String accountId) {
        moveTasks.forget(lifecycle.deleteAccount(accountId));
    }

    /** Drops every message whose retention period is over, to give its memory back. */
    @Override
    public void dropExpired() {
        queues.all().forEach(Queue::dropExpired);
    }

    /** Answers every waiting long poll now, with no messages, and keeps every queue: for a server stopping. */
    @Override
    public void endWaits() {
        queues.all().forEach(Queue::endWaits);
    }

    // ---- queues ----

    public CreateQueueResult createQueue(Caller caller, CreateQueueRequest request) {
        return lifecycle.create(caller, request);
    }

    public GetQueueUrlResult getQueueUrl(Caller caller, GetQueueUrlRequest request) {
        return lifecycle.url(caller, request);
    }

    public void deleteQueue(Caller caller, QueueUrlRequest request) {
        lifecycle.delete(queue(caller, request.queueUrl()));
    }

    public void purgeQueue(Caller caller, QueueUrlRequest request) {
        lifecycle.purge(queue(caller, request.queueUrl()));
    }

    public ListQueuesResult listQueues(Caller caller, ListQueuesRequest request) {
        return listing.list(caller, request);
    }

    public ListDeadLetterSourceQueuesResult listDeadLetterSourceQueues(Caller caller,
                                                                       ListDeadLetterSourceQueuesRequest request) {
        return listing.deadLetterSources(caller, queue(caller, request.queueUrl()), request);
    }

    // ---- attributes, permissions and tags ----

    public GetQueueAttributesResult getQueueAttributes(Caller caller, GetQueueAttributesRequest request) {
        return configuration.getAttributes(queue(caller, request.queueUrl()), request);
    }

    public void setQueueAttributes(Caller caller, SetQueueAttributesRequest request) {
        change(queue(caller, request.queueUrl()), queue -> configuration.setAttributes(queue, request));
    }

    public void addPermission(Caller caller, AddPermissionRequest request) {
        change(queue(caller, request.queueUrl()), queue -> configuration.addPermission(caller, queue, request));
    }

    public void removePermission(Caller caller, RemovePermissionRequest request) {
        change(queue(caller, request.queueUrl()), queue -> configuration.removePermission(queue, request));
    }

    public void tagQueue(Caller caller, TagQueueRequest request) {
        change(queue(caller, request.queueUrl()), queue -> QueueTagging.tag(queue, request));
    }

    public void untagQueue(Caller caller, UntagQueueRequest request) {
        change(queue(caller, request.queueUrl()), queue -> QueueTagging.untag(queue, request));
    }

    public ListQueueTagsResult listQueueTags(Caller caller, QueueUrlRequest request) {
        return QueueTagging.list(queue(caller, request.queueUrl()));
    }

    // ---- messages ----

    public SendMessageResult sendMessage(Caller caller, SendMessageRequest request) {
        return sender.send(caller.accountId(), queue(caller, request.queueUrl()), request);
    }

    public SendMessageBatchResult sendMessageBatch(Caller caller, SendMessageBatchRequest request) {
        return sender.sendBatch(caller.accountId(), queue(caller, request.queueUrl()), request);
    }

    /**
     * Sends a message on behalf of another service (SNS fanout), addressed by queue ARN, with the
     * same validation as SendMessage; throws the same errors.
     */
    public void sendMessageToArn(String queueArn, String senderId, SendMessageBatchRequestEntry message) {
        Queue queue = queues.byArn(queueArn);
        if (queue == null) {
            throw QueueRegistry.queueDoesNotExist();
        }
        sender.sendOnBehalf(senderId, queue, message);
    }

    public CompletionStage<ReceiveMessageResult> receiveMessage(Caller caller, ReceiveMessageRequest request) {
        return ReceiveRequests.receive(queue(caller, request.queueUrl()), request);
    }

    public void deleteMessage(Caller caller, DeleteMessageRequest request) {
        ReceiveRequests.delete(queue(caller, request.queueUrl()), request);
    }

    public DeleteMessageBatchResult deleteMessageBatch(Caller caller, DeleteMessageBatchRequest request) {
        return ReceiveRequests.deleteBatch(queue(caller, request.queueUrl()), request);
    }

    public void changeMessageVisibility(Caller caller, ChangeMessageVisibilityRequest request) {
        ReceiveRequests.changeVisibility(queue(caller, request.queueUrl()), request);
    }

    public ChangeMessageVisibilityBatchResult changeMessageVisibilityBatch(Caller caller,
                                                                         ChangeMessageVisibilityBatchRequest request) {
        return ReceiveRequests.changeVisibilityBatch(queue(caller, request.queueUrl()), request);
    }

    // ---- dead-letter queues and move tasks ----

    public StartMessageMoveTaskResult startMessageMoveTask(Caller caller, StartMessageMoveTaskRequest request) {
        return moveTasks.start(request);
    }

    public CancelMessageMoveTaskResult cancelMessageMoveTask(Caller caller, CancelMessageMoveTaskRequest request) {
        return moveTasks.cancel(request);
    }

    public ListMessageMoveTasksResult listMessageMoveTasks(Caller caller, ListMessageMoveTasksRequest request) {
        return moveTasks.list(request);
    }

    // ---- inspection ----

    /**
     * The ARN of the queue a URL names, in the caller's partition and region: for tools that address a
     * queue by URL and read it by ARN. QueueDoesNotExist if there is no such queue.
     */
    public String queueArn(Caller caller, String queueUrl) {
        return queue(caller, queueUrl).arn;
    }

    /**
     * The ARN of the queue a request names by this URL, as the caller means it, whether or not the queue
     * exists; null when it is no queue URL. Unlike {@link #queueArn}, it never throws.
     */
    public String queueArnOfUrl(Caller caller, String queueUrl) {
        QueueRef ref = QueueUrl.parse(caller, queueUrl);
        return ref == null ? null : ref.arn();
    }

    /** How many receives wait on the queue with this ARN: lets tests and tools see a long poll arrive. */
    public int waitingReceives(String queueArn) {
        Queue queue = queues.byArn(queueArn);
        return queue == null ? 0 : queue.waitingReceives();
    }

    /**
     * The messages of the queue with this ARN as they sit in it, oldest first, without receiving
     * them; empty if there is no such queue. Lets tests and tools look without changing visibility.
     */
    public List<PeekedMessage> peek(String queueArn) {
        return peek(queueArn, Integer.MAX_VALUE);
    }

    /** The first {@code limit} messages of {@link #peek(String)}, without copying the rest. */
    public List<PeekedMessage> peek(String queueArn, int limit) {
        Queue queue = queues.byArn(queueArn);
        return queue == null ? List.of() : queue.peek(limit);
    }

    /** Every queue of every account and region, by ARN, with its message counts. */
    public List<QueueOverview> overview() {
        return queues.all().stream()
                .sorted(Comparator.comparing(queue -> queue.arn))
                .map(queue -> {
                    MessageCounts counts = queue.counts();
                    return new QueueOverview(queue.arn, counts.visible(), counts.notVisible(), counts.delayed(),
                            queue.waitingReceives());
                })
                .toList();
    }

    // ---- shared ----

    /** The queue a request names by its QueueUrl, resolved once per request. */
    private Queue queue(Caller caller, String queueUrl) {
        return queues.find(caller, queueUrl);
    }

    /**
     * Runs an operation that changes a queue's settings or tags, under the queue's lock, and journals the
     * queue after it: the one place that does, so no such operation can leave its change unjournaled.
     */
    private static void change(Queue queue, Consumer<Queue> operation) {
        synchronized (queue) {
            operation.accept(queue);
            queue.persist();
        }
    }
}
