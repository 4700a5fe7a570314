package dev.awsemulator.core.sqs;

import dev.awsemulator.core.common.AwsException;
import dev.awsemulator.core.common.Caller;
import dev.awsemulator.core.common.ContentDigest;
import dev.awsemulator.core.common.Page;
import dev.awsemulator.core.common.RetainedMemory;
import dev.awsemulator.core.persistence.RestoredState;
import dev.awsemulator.core.persistence.StateJournal;
import dev.awsemulator.core.service.EmulatedService;
import dev.awsemulator.core.service.ServiceRegistration;
import dev.awsemulator.core.sqs.api.*;
import dev.awsemulator.core.time.Clock;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static dev.awsemulator.core.sqs.QueueAttributeNames.*;

/**
 * Amazon SQS: every operation of the 2012-11-05 API, named after it. Validation happens before any
 * change, so a rejected request leaves every queue as it was.
 */
public final class SqsService implements EmulatedService {

    /** How an emulator makes its SQS. */
    public static final ServiceRegistration<SqsService> REGISTRATION = ServiceRegistration.of(SqsService.class,
            context -> new SqsService(context.clock(), context.options(SqsOptions.class, SqsOptions.STRICT),
                    context.journal(), context.retainedMemory()));

    private static final Pattern QUEUE_NAME = Pattern.compile("[A-Za-z0-9_-]{1,80}");
    private static final Pattern FIFO_QUEUE_NAME = Pattern.compile("[A-Za-z0-9_-]{1,75}\\.fifo");
    private static final Pattern BATCH_ENTRY_ID = Pattern.compile("[A-Za-z0-9_-]{1,80}");
    private static final long COOLDOWN_MILLIS = 60_000;
    private static final int MAX_BATCH_ENTRIES = 10;
    private static final int MAX_BATCH_BYTES = 1_048_576;
    private static final int MAX_TAGS = 50;

    private final Clock clock;
    private final SqsOptions options;
    private final Map<QueueRef, Queue> queues = new ConcurrentHashMap<>();
    private final Map<QueueRef, Long> deletedAt = new ConcurrentHashMap<>();
    private final Map<QueueRef, Long> purgedAt = new ConcurrentHashMap<>();
    private final MessageMoveTasks moveTasks;
    private final QueueJournal journal;
    private final RetainedMemory memory;

    public SqsService(Clock clock, SqsOptions options) {
        this(clock, options, StateJournal.NONE, RetainedMemory.unbounded());
    }

    /**
     * A service that records every change in {@code journal} before acknowledging it and refuses new
     * messages beyond {@code memory}'s bound.
     */
    public SqsService(Clock clock, SqsOptions options, StateJournal journal, RetainedMemory memory) {
        this.clock = clock;
        this.options = options;
        this.memory = memory;
        this.moveTasks = new MessageMoveTasks(clock, this::queueByArn);
        this.journal = new QueueJournal(journal);
    }

    @Override
    public String name() {
        return "sqs";
    }

    @Override
    public void exportState(StateJournal out) {
        QueueJournal writer = new QueueJournal(out);
        queues.values().forEach(queue -> queue.export(writer));
    }

    @Override
    public void restoreState(RestoredState state) {
        for (String scope : state.scopes(QueueJournal.QUEUE)) {
            QueueJournal.QueueImage image = state.image(scope, QueueJournal.QUEUE, QueueJournal.QUEUE_ID);
            Queue queue = Queue.restored(image, state.images(scope, QueueJournal.MESSAGE),
                    state.images(scope, QueueJournal.RECEIVE), state.images(scope, QueueJournal.DEDUPLICATION),
                    clock, this::queueByArn, journal, memory);
            queues.put(queue.ref, queue);
        }
    }

    /** Deletes every queue and forgets every cooldown: a fresh service on the same clock. */
    @Override
    public void reset() {
        moveTasks.reset();
        queues.values().forEach(Queue::close);
        queues.clear();
        deletedAt.clear();
        purgedAt.clear();
    }

    /** Drops every message whose retention period is over, to give its memory back. */
    @Override
    public void dropExpired() {
        queues.values().forEach(Queue::dropExpired);
    }

    /** Answers every waiting long poll now, with no messages, and keeps every queue: for a server stopping. */
    @Override
    public void endWaits() {
        queues.values().forEach(Queue::endWaits);
    }

    // ---- queues ----

    public CreateQueueResult createQueue(Caller caller, CreateQueueRequest request) {
        String name = required(request.queueName(), "QueueName");
        Map<String, String> attributes = request.attributes() == null ? Map.of() : request.attributes();
        boolean fifo = "true".equalsIgnoreCase(attributes.get(FIFO_QUEUE));
        if (fifo ? !FIFO_QUEUE_NAME.matcher(name).matches() : !QUEUE_NAME.matcher(name).matches()) {
            throw SqsError.invalidParameter(fifo || name.endsWith(".fifo")
                    ? "The name of a FIFO queue can only include alphanumeric characters, hyphens, or underscores, "
                    + "must end with .fifo suffix and be 1 to 80 in length."
                    : "Can only include alphanumeric characters, hyphens, or underscores. 1 to 80 in length");
        }
        QueueRef ref = QueueRef.of(caller, name);
        QueueSettings settings = QueueSettings.defaults(fifo).with(attributes, true);
        checkRedrive(ref, settings);
        Map<String, String> tags = request.tags() == null ? Map.of() : request.tags();
        validateTags(tags);
        synchronized (queues) {
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
            Queue created = new Queue(ref, settings, tags, clock, this::queueByArn, journal, memory);
            created.persistCreated();
            queues.put(ref, created);
        }
        return new CreateQueueResult(ref.url(caller.endpoint()));
    }

    public GetQueueUrlResult getQueueUrl(Caller caller, GetQueueUrlRequest request) {
        String name = required(request.queueName(), "QueueName");
        String account = request.queueOwnerAWSAccountId() == null ? caller.accountId() : request.queueOwnerAWSAccountId();
        QueueRef ref = new QueueRef(caller.partition(), caller.region(), account, name);
        if (!queues.containsKey(ref)) {
            throw queueDoesNotExist();
        }
        return new GetQueueUrlResult(ref.url(caller.endpoint()));
    }

    public void deleteQueue(Caller caller, QueueUrlRequest request) {
        Queue queue = queue(caller, request.queueUrl());
        synchronized (queues) {
            if (remove(queue)) {
                deletedAt.put(queue.ref, clock.millis());
            }
        }
        queue.close();
    }

    /**
     * Deletes every queue of one account, in every region, with its move tasks. No re-creation cooldown
     * is kept: nobody is meant to use the account again.
     */
    @Override
    public void deleteAccount(String accountId) {
        List<Queue> removed = new ArrayList<>();
        synchronized (queues) {
            for (Queue queue : queues.values()) {
                if (queue.ref.accountId().equals(accountId) && remove(queue)) {
                    removed.add(queue);
                }
            }
            deletedAt.keySet().removeIf(ref -> ref.accountId().equals(accountId));
        }
        moveTasks.forget(removed.stream().map(queue -> queue.arn).toList());
        removed.forEach(Queue::close);
    }

    /** Takes the queue out, in memory and in the journal; false if another call took it first. Holds the queues' lock. */
    private boolean remove(Queue queue) {
        if (!queues.remove(queue.ref, queue)) {
            return false;
        }
        purgedAt.remove(queue.ref);
        journal.dropped(queue.arn, null);
        return true;
    }

    public ListQueuesResult listQueues(Caller caller, ListQueuesRequest request) {
        String prefix = request.queueNamePrefix() == null ? "" : request.queueNamePrefix();
        Stream<QueueRef> refs = queues.keySet().stream()
                .filter(ref -> ref.accountId().equals(caller.accountId()) && ref.region().equals(caller.region()))
                .filter(ref -> ref.name().startsWith(prefix));
        return page(refs, request.nextToken(), request.maxResults(), caller,
                (urls, token) -> new ListQueuesResult(urls, token));
    }

    public ListDeadLetterSourceQueuesResult listDeadLetterSourceQueues(Caller caller,
                                                                       ListDeadLetterSourceQueuesRequest request) {
        Queue target = queue(caller, request.queueUrl());
        Stream<QueueRef> sources = queues.values().stream()
                .filter(queue -> queue.settings().redrivePolicy != null
                        && queue.settings().redrivePolicy.deadLetterTargetArn().equals(target.arn))
                .map(queue -> queue.ref);
        return page(sources, request.nextToken(), request.maxResults(), caller,
                (urls, token) -> new ListDeadLetterSourceQueuesResult(urls, token));
    }

    private interface PageFactory<T> {
        T create(List<String> queueUrls, String nextToken);
    }

    private <T> T page(Stream<QueueRef> refs, String nextToken, Integer maxResults, Caller caller, PageFactory<T> result) {
        if (maxResults != null && (maxResults < 1 || maxResults > 1000)) {
            throw SqsError.invalidParameter("Value " + maxResults + " for parameter MaxResults is invalid. "
                    + "Reason: MaxResults must be an integer between 1 and 1000.");
        }
        int limit = maxResults == null ? 1000 : maxResults;
        List<QueueRef> sorted = refs.sorted(Comparator.comparing(QueueRef::name)).toList();
        Page<QueueRef> page = Page.of(sorted, nextToken, limit, QueueRef::name,
                () -> SqsError.invalidParameter("Invalid NextToken value."));
        // SQS hands out a NextToken only to a caller that asked for pages with MaxResults.
        String token = maxResults == null ? null : page.nextToken();
        return result.create(page.items().stream().map(ref -> ref.url(caller.endpoint())).toList(), token);
    }

    public GetQueueAttributesResult getQueueAttributes(Caller caller, GetQueueAttributesRequest request) {
        Queue queue = queue(caller, request.queueUrl());
        List<String> names = request.attributeNames() == null ? List.of() : request.attributeNames();
        for (String name : names) {
            if (!name.equals(ALL) && !READABLE.contains(name)) {
                throw QueueSettings.unknownAttribute(name);
            }
        }
        Set<String> wanted = names.contains(ALL) ? Set.copyOf(READABLE) : Set.copyOf(names);
        Map<String, String> attributes = new LinkedHashMap<>();
        Queue.Counts counts = wanted.stream().anyMatch(name -> name.startsWith("ApproximateNumber")) ? queue.counts() : null;
        for (String name : READABLE) {
            if (!wanted.contains(name)) {
                continue;
            }
            String value = switch (name) {
                case QUEUE_ARN -> queue.arn;
                case APPROXIMATE_NUMBER_OF_MESSAGES -> Long.toString(counts.visible());
                case APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE -> Long.toString(counts.notVisible());
                case APPROXIMATE_NUMBER_OF_MESSAGES_DELAYED -> Long.toString(counts.delayed());
                case CREATED_TIMESTAMP -> Long.toString(queue.createdAt / 1000);
                case LAST_MODIFIED_TIMESTAMP -> Long.toString(queue.lastModifiedAt() / 1000);
                default -> queue.settings().get(name);
            };
            if (value != null) {
                attributes.put(name, value);
            }
        }
        return new GetQueueAttributesResult(attributes);
    }

    public void setQueueAttributes(Caller caller, SetQueueAttributesRequest request) {
        Queue queue = queue(caller, request.queueUrl());
        Map<String, String> changes = request.attributes() == null ? Map.of() : request.attributes();
        for (String name : changes.keySet()) {
            if (READ_ONLY.contains(name)) {
                throw QueueSettings.unknownAttribute(name);
            }
        }
        synchronized (queue) {
            QueueSettings next = queue.settings().with(changes, false);
            checkRedrive(queue.ref, next);
            queue.updateSettings(next);
        }
    }

    /** A redrive policy must name an existing queue of the same type whose allow policy admits the source. */
    private void checkRedrive(QueueRef source, QueueSettings settings) {
        RedrivePolicy policy = settings.redrivePolicy;
        if (policy == null) {
            return;
        }
        Queue target = queueByArn(policy.deadLetterTargetArn());
        String json = policy.toJson();
        if (target == null) {
            throw RedrivePolicy.invalid(json, "Dead letter target does not exist.");
        }
        if (target.fifo() != settings.fifo) {
            throw RedrivePolicy.invalid(json, "Dead-letter queue must be same type of queue as the source.");
        }
        if (!target.settings().redriveAllowPolicy.allows(source.arn())) {
            throw RedrivePolicy.invalid(json, "Dead letter target does not allow this queue as a source queue.");
        }
    }

    public void purgeQueue(Caller caller, QueueUrlRequest request) {
        Queue queue = queue(caller, request.queueUrl());
        long now = clock.millis();
        Long last = purgedAt.get(queue.ref);
        if (options.purgeCooldown() && last != null && now - last < COOLDOWN_MILLIS) {
            throw SqsError.PURGE_QUEUE_IN_PROGRESS.exception("Only one PurgeQueue operation on " + queue.ref.name()
                    + " is allowed every 60 seconds.");
        }
        purgedAt.put(queue.ref, now);
        queue.purge();
    }

    // ---- tags and permissions ----

    public void tagQueue(Caller caller, TagQueueRequest request) {
        Queue queue = queue(caller, request.queueUrl());
        Map<String, String> tags = request.tags() == null ? Map.of() : request.tags();
        if (tags.isEmpty()) {
            throw SqsError.missingParameter("Tags");
        }
        synchronized (queue) {
            Map<String, String> merged = queue.tags().snapshot();
            merged.putAll(tags);
            validateTags(merged);
            queue.tags().putAll(tags);
            queue.persist();
        }
    }

    public void untagQueue(Caller caller, UntagQueueRequest request) {
        Queue queue = queue(caller, request.queueUrl());
        if (request.tagKeys() == null || request.tagKeys().isEmpty()) {
            throw SqsError.missingParameter("TagKeys");
        }
        synchronized (queue) {
            queue.tags().removeAll(request.tagKeys());
            queue.persist();
        }
    }

    public ListQueueTagsResult listQueueTags(Caller caller, QueueUrlRequest request) {
        return new ListQueueTagsResult(queue(caller, request.queueUrl()).tags().snapshot());
    }

    private static void validateTags(Map<String, String> tags) {
        if (tags.size() > MAX_TAGS) {
            throw SqsError.invalidParameter("Too many tags added for queue. A queue can have up to " + MAX_TAGS + " tags.");
        }
        tags.forEach((key, value) -> {
            if (key == null || key.isEmpty() || key.length() > 128 || (value != null && value.length() > 256)) {
                throw SqsError.invalidParameter("Tag keys must be 1 to 128 characters and values at most 256 characters.");
            }
        });
    }

    public void addPermission(Caller caller, AddPermissionRequest request) {
        Queue queue = queue(caller, request.queueUrl());
        synchronized (queue) {
            String policy = QueuePolicy.addPermission(queue.settings().get(POLICY), queue.arn, caller.partition(),
                    required(request.label(), "Label"), request.awsAccountIds(), request.actions());
            queue.updateSettings(queue.settings().with(Map.of(POLICY, policy), false));
        }
    }

    public void removePermission(Caller caller, RemovePermissionRequest request) {
        Queue queue = queue(caller, request.queueUrl());
        synchronized (queue) {
            String policy = QueuePolicy.removePermission(queue.settings().get(POLICY), required(request.label(), "Label"));
            queue.updateSettings(queue.settings().with(Map.of(POLICY, policy), false));
        }
    }

    // ---- messages ----

    public SendMessageResult sendMessage(Caller caller, SendMessageRequest request) {
        Queue queue = queue(caller, request.queueUrl());
        SendMessageBatchRequestEntry entry = new SendMessageBatchRequestEntry(null, request.messageBody(),
                request.delaySeconds(), request.messageAttributes(), request.messageSystemAttributes(),
                request.messageDeduplicationId(), request.messageGroupId());
        reserve(List.of(entry));
        SendMessageBatchResultEntry sent = sendReserved(caller.accountId(), queue, entry, false);
        return new SendMessageResult(sent.md5OfMessageBody(), sent.md5OfMessageAttributes(),
                sent.md5OfMessageSystemAttributes(), sent.messageId(), sent.sequenceNumber());
    }

    public SendMessageBatchResult sendMessageBatch(Caller caller, SendMessageBatchRequest request) {
        Queue queue = queue(caller, request.queueUrl());
        List<SendMessageBatchRequestEntry> entries = batchEntries(request.entries(), "SendMessageBatchRequestEntry",
                SendMessageBatchRequestEntry::id);
        long total = entries.stream()
                .mapToLong(entry -> MessageValidation.size(entry.messageBody(), entry.messageAttributes())).sum();
        if (total > MAX_BATCH_BYTES) {
            throw SqsError.BATCH_REQUEST_TOO_LONG.exception("Batch requests cannot be longer than " + MAX_BATCH_BYTES
                    + " bytes. You have sent " + total + " bytes.");
        }
        reserve(entries);
        List<SendMessageBatchResultEntry> successful = new ArrayList<>();
        List<BatchResultErrorEntry> failed = new ArrayList<>();
        for (SendMessageBatchRequestEntry entry : entries) {
            try {
                successful.add(sendReserved(caller.accountId(), queue, entry, true));
            } catch (AwsException e) {
                failed.add(failure(entry.id(), e));
            }
        }
        return new SendMessageBatchResult(successful, failed);
    }

    /**
     * Sends a message on behalf of another service (SNS fanout), addressed by queue ARN, with the
     * same validation as SendMessage; throws the same errors.
     */
    public void sendMessageToArn(String queueArn, String senderId, SendMessageBatchRequestEntry message) {
        Queue queue = queueByArn(queueArn);
        if (queue == null) {
            throw queueDoesNotExist();
        }
        reserve(List.of(message));
        sendReserved(senderId, queue, message, false);
    }

    /**
     * Takes the retained memory a whole request's messages will hold, or refuses the request before any
     * of them is stored. Each entry's share goes back if that entry is not kept.
     */
    private void reserve(List<SendMessageBatchRequestEntry> entries) {
        long bytes = entries.stream().mapToLong(SqsService::footprint).sum();
        if (!memory.tryReserve(bytes)) {
            throw SqsError.OVER_LIMIT.exception(memory.exhausted());
        }
    }

    private static long footprint(SendMessageBatchRequestEntry entry) {
        return MessageFootprint.of(entry.messageBody(), entry.messageAttributes(), entry.messageSystemAttributes());
    }

    private SendMessageBatchResultEntry sendReserved(String senderId, Queue queue, SendMessageBatchRequestEntry entry,
                                                     boolean inBatch) {
        try {
            return send(senderId, queue, entry, inBatch);
        } catch (RuntimeException e) {
            memory.release(footprint(entry));
            throw e;
        }
    }

    private SendMessageBatchResultEntry send(String senderId, Queue queue, SendMessageBatchRequestEntry entry,
                                             boolean inBatch) {
        QueueSettings settings = queue.settings();
        MessageValidation.body(entry.messageBody());
        MessageValidation.attributes(entry.messageAttributes());
        MessageValidation.systemAttributes(entry.messageSystemAttributes());
        long size = MessageValidation.size(entry.messageBody(), entry.messageAttributes());
        if (size > settings.maximumMessageSize) {
            throw SqsError.invalidParameter("One or more parameters are invalid. Reason: Message must be shorter than "
                    + settings.maximumMessageSize + " bytes.");
        }
        Integer delay = entry.delaySeconds();
        if (delay != null && (delay < 0 || delay > 900)) {
            throw SqsError.invalidParameter("Value " + delay + " for parameter DelaySeconds is invalid. "
                    + "Reason: DelaySeconds must be >= 0 and <= 900.");
        }
        String groupId = entry.messageGroupId();
        String deduplicationId = entry.messageDeduplicationId();
        if (groupId != null) {
            MessageValidation.groupOrDeduplicationId("MessageGroupId", groupId);
        }
        if (deduplicationId != null) {
            MessageValidation.groupOrDeduplicationId("MessageDeduplicationId", deduplicationId);
        }
        if (settings.fifo) {
            if (delay != null && delay != 0) {
                throw SqsError.invalidParameter("Value " + delay + " for parameter DelaySeconds is invalid. "
                        + "Reason: The request include parameter that is not valid for this queue type.");
            }
            if (groupId == null) {
                throw inBatch ? SqsError.invalidParameter("The request must contain the parameter MessageGroupId.")
                        : SqsError.missingParameter("MessageGroupId");
            }
            if (deduplicationId == null) {
                if (!settings.contentBasedDeduplication) {
                    throw SqsError.invalidParameter("The queue should either have ContentBasedDeduplication enabled "
                            + "or MessageDeduplicationId provided explicitly");
                }
                deduplicationId = ContentDigest.sha256Hex(entry.messageBody());
            }
        } else if (deduplicationId != null) {
            throw SqsError.invalidParameter("Value " + deduplicationId + " for parameter MessageDeduplicationId is "
                    + "invalid. Reason: The request include parameter that is not valid for this queue type.");
        }
        QueuedMessage message = new QueuedMessage(UUID.randomUUID(), entry.messageBody(),
                copy(entry.messageAttributes()), copy(entry.messageSystemAttributes()), clock.millis(),
                senderId, groupId, settings.fifo ? deduplicationId : null, null);
        Queue.SendOutcome outcome = queue.send(message, delay == null ? settings.delaySeconds : delay);
        return new SendMessageBatchResultEntry(entry.id(), outcome.messageId(), message.md5OfBody(),
                message.md5OfAttributes(), message.md5OfSystemAttributes(), outcome.sequenceNumber());
    }

    public CompletionStage<ReceiveMessageResult> receiveMessage(Caller caller, ReceiveMessageRequest request) {
        Queue queue = queue(caller, request.queueUrl());
        QueueSettings settings = queue.settings();
        int max = range("MaxNumberOfMessages", request.maxNumberOfMessages(), 1, 1, 10,
                "Must be between 1 and 10, if provided.");
        int visibility = range("VisibilityTimeout", request.visibilityTimeout(), settings.visibilityTimeout, 0, 43_200,
                "Must be >= 0 and <= 43200, if provided.");
        int wait = range("WaitTimeSeconds", request.waitTimeSeconds(), settings.receiveMessageWaitTimeSeconds, 0, 20,
                "Must be >= 0 and <= 20, if provided.");
        String attemptId = settings.fifo ? request.receiveRequestAttemptId() : null;
        if (attemptId != null) {
            MessageValidation.groupOrDeduplicationId("ReceiveRequestAttemptId", attemptId);
        }
        ReceivedMessages view = new ReceivedMessages(request);
        CompletableFuture<List<ReceivedMessage>> received = queue.receive(max, visibility, wait, attemptId);
        CompletableFuture<ReceiveMessageResult> result =
                received.thenApply(messages -> new ReceiveMessageResult(messages.stream().map(view::toMessage).toList()));
        // A caller that goes away cancels the result; its waiter must then stop, so it takes no message.
        result.whenComplete((ignored, failure) -> {
            if (result.isCancelled()) {
                queue.cancel(received);
            }
        });
        return result;
    }

    public void deleteMessage(Caller caller, DeleteMessageRequest request) {
        Queue queue = queue(caller, request.queueUrl());
        queue.delete(required(request.receiptHandle(), "ReceiptHandle"));
    }

    public DeleteMessageBatchResult deleteMessageBatch(Caller caller, DeleteMessageBatchRequest request) {
        Queue queue = queue(caller, request.queueUrl());
        List<DeleteMessageBatchRequestEntry> entries = batchEntries(request.entries(),
                "DeleteMessageBatchRequestEntry", DeleteMessageBatchRequestEntry::id);
        return batch(entries, DeleteMessageBatchRequestEntry::id,
                entry -> queue.delete(required(entry.receiptHandle(), "ReceiptHandle")), DeleteMessageBatchResult::new);
    }

    public void changeMessageVisibility(Caller caller, ChangeMessageVisibilityRequest request) {
        Queue queue = queue(caller, request.queueUrl());
        changeVisibility(queue, request.receiptHandle(), request.visibilityTimeout());
    }

    public ChangeMessageVisibilityBatchResult changeMessageVisibilityBatch(Caller caller, ChangeMessageVisibilityBatchRequest request) {
        Queue queue = queue(caller, request.queueUrl());
        List<ChangeMessageVisibilityBatchRequestEntry> entries = batchEntries(request.entries(),
                "ChangeMessageVisibilityBatchRequestEntry", ChangeMessageVisibilityBatchRequestEntry::id);
        return batch(entries, ChangeMessageVisibilityBatchRequestEntry::id,
                entry -> changeVisibility(queue, entry.receiptHandle(), entry.visibilityTimeout()),
                ChangeMessageVisibilityBatchResult::new);
    }

    private static void changeVisibility(Queue queue, String receiptHandle, Integer visibilityTimeout) {
        String handle = required(receiptHandle, "ReceiptHandle");
        if (visibilityTimeout == null) {
            throw SqsError.missingParameter("VisibilityTimeout");
        }
        int timeout = range("VisibilityTimeout", visibilityTimeout, 0, 0, 43_200, "Must be >= 0 and <= 43200.");
        queue.changeVisibility(handle, timeout);
    }

    // ---- dead-letter queues and move tasks ----

    public StartMessageMoveTaskResult startMessageMoveTask(Caller caller, StartMessageMoveTaskRequest request) {
        String sourceArn = required(request.sourceArn(), "SourceArn");
        Queue source = queueByArn(sourceArn);
        if (source == null) {
            throw SqsError.RESOURCE_NOT_FOUND.exception("The resource that you specified for the SourceArn parameter "
                    + "doesn't exist.");
        }
        boolean isDeadLetterQueue = queues.values().stream().anyMatch(queue -> queue.settings().redrivePolicy != null
                && queue.settings().redrivePolicy.deadLetterTargetArn().equals(sourceArn));
        if (!isDeadLetterQueue) {
            throw SqsError.invalidParameter("Source queue must be configured as a Dead Letter Queue.");
        }
        if (request.destinationArn() != null && queueByArn(request.destinationArn()) == null) {
            throw SqsError.RESOURCE_NOT_FOUND.exception("The resource that you specified for the DestinationArn "
                    + "parameter doesn't exist.");
        }
        Integer rate = request.maxNumberOfMessagesPerSecond();
        if (rate != null && (rate < 1 || rate > 500)) {
            throw SqsError.invalidParameter("Value " + rate + " for parameter MaxNumberOfMessagesPerSecond is invalid. "
                    + "Reason: You must enter a number that's between 1 and 500.");
        }
        return new StartMessageMoveTaskResult(moveTasks.start(source, request.destinationArn(), rate));
    }

    public CancelMessageMoveTaskResult cancelMessageMoveTask(Caller caller, CancelMessageMoveTaskRequest request) {
        return new CancelMessageMoveTaskResult(moveTasks.cancel(required(request.taskHandle(), "TaskHandle")));
    }

    public ListMessageMoveTasksResult listMessageMoveTasks(Caller caller, ListMessageMoveTasksRequest request) {
        String sourceArn = required(request.sourceArn(), "SourceArn");
        if (queueByArn(sourceArn) == null) {
            throw SqsError.RESOURCE_NOT_FOUND.exception("The resource that you specified for the SourceArn parameter "
                    + "doesn't exist.");
        }
        int max = range("MaxResults", request.maxResults(), 1, 1, 10, "You must enter a number that's between 1 and 10.");
        return new ListMessageMoveTasksResult(moveTasks.list(sourceArn, max));
    }

    // ---- shared checks ----

    private Queue queue(Caller caller, String queueUrl) {
        QueueRef ref = QueueRef.fromUrl(caller, required(queueUrl, "QueueUrl"));
        Queue queue = ref == null ? null : queues.get(ref);
        if (queue == null) {
            throw queueDoesNotExist();
        }
        return queue;
    }

    /**
     * The ARN of the queue a request names by this URL, as the caller means it (whether or not the queue
     * exists); null when it is no queue URL.
     */
    public String queueArn(Caller caller, String queueUrl) {
        QueueRef ref = QueueRef.fromUrl(caller, queueUrl);
        return ref == null ? null : ref.arn();
    }

    /** How many receives wait on the queue with this ARN: lets tests and tools see a long poll arrive. */
    public int waitingReceives(String queueArn) {
        Queue queue = queueByArn(queueArn);
        return queue == null ? 0 : queue.waitingReceives();
    }

    /**
     * The messages of the queue with this ARN as they sit in it, oldest first, without receiving
     * them; empty if there is no such queue. Lets tests and tools look without changing visibility.
     */
    public List<PeekedMessage> peek(String queueArn) {
        Queue queue = queueByArn(queueArn);
        return queue == null ? List.of() : queue.peek(Integer.MAX_VALUE);
    }

    /** The first {@code limit} messages of {@link #peek(String)}, without copying the rest. */
    public List<PeekedMessage> peek(String queueArn, int limit) {
        Queue queue = queueByArn(queueArn);
        return queue == null ? List.of() : queue.peek(limit);
    }

    /** Every queue of every account and region, by ARN, with its message counts. */
    public List<QueueOverview> overview() {
        return queues.values().stream()
                .sorted(Comparator.comparing(queue -> queue.arn))
                .map(queue -> {
                    Queue.Counts counts = queue.counts();
                    return new QueueOverview(queue.arn, counts.visible(), counts.notVisible(), counts.delayed(),
                            queue.waitingReceives());
                })
                .toList();
    }

    Queue queueByArn(String arn) {
        QueueRef ref = QueueRef.fromArn(arn);
        return ref == null ? null : queues.get(ref);
    }

    private static AwsException queueDoesNotExist() {
        return SqsError.QUEUE_DOES_NOT_EXIST.exception("The specified queue does not exist.");
    }

    private static String required(String value, String name) {
        if (value == null || value.isEmpty()) {
            throw SqsError.missingParameter(name);
        }
        return value;
    }

    private static int range(String name, Integer value, int fallback, int min, int max, String reason) {
        if (value == null) {
            return fallback;
        }
        if (value < min || value > max) {
            throw SqsError.invalidParameter("Value " + value + " for parameter " + name + " is invalid. Reason: " + reason);
        }
        return value;
    }

    private static <E> List<E> batchEntries(List<E> entries, String entryName, Function<E, String> id) {
        if (entries == null || entries.isEmpty()) {
            throw SqsError.EMPTY_BATCH_REQUEST.exception("There should be at least one " + entryName + " in the request.");
        }
        if (entries.size() > MAX_BATCH_ENTRIES) {
            throw SqsError.TOO_MANY_ENTRIES_IN_BATCH_REQUEST.exception("Maximum number of entries per request are "
                    + MAX_BATCH_ENTRIES + ". You have sent " + entries.size() + ".");
        }
        Set<String> seen = new HashSet<>();
        for (E entry : entries) {
            String entryId = id.apply(entry);
            if (entryId == null || !BATCH_ENTRY_ID.matcher(entryId).matches()) {
                throw SqsError.INVALID_BATCH_ENTRY_ID.exception("A batch entry id can only contain alphanumeric "
                        + "characters, hyphens and underscores. It can be at most 80 letters long.");
            }
            if (!seen.add(entryId)) {
                throw SqsError.BATCH_ENTRY_IDS_NOT_DISTINCT.exception("Id " + entryId + " repeated.");
            }
        }
        return entries;
    }

    private static <E, R> R batch(List<E> entries, Function<E, String> id, Consumer<E> action,
                                  BiFunction<List<BatchResultEntry>, List<BatchResultErrorEntry>, R> result) {
        List<BatchResultEntry> successful = new ArrayList<>();
        List<BatchResultErrorEntry> failed = new ArrayList<>();
        for (E entry : entries) {
            try {
                action.accept(entry);
                successful.add(new BatchResultEntry(id.apply(entry)));
            } catch (AwsException e) {
                failed.add(failure(id.apply(entry), e));
            }
        }
        return result.apply(successful, failed);
    }

    private static BatchResultErrorEntry failure(String id, AwsException e) {
        return new BatchResultErrorEntry(id, e.errorCode().senderFault(), e.errorCode().queryCode(), e.getMessage());
    }

    private static Map<String, MessageAttributeValue> copy(Map<String, MessageAttributeValue> attributes) {
        return attributes == null || attributes.isEmpty() ? Map.of() : Map.copyOf(attributes);
    }
}
