package dev.awsemulator.core.sqs;

import dev.awsemulator.core.common.JsonDocuments;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsemulator.core.sqs.api.CancelMessageMoveTaskRequest;
import dev.awsemulator.core.sqs.api.CancelMessageMoveTaskResult;
import dev.awsemulator.core.sqs.api.ListMessageMoveTasksRequest;
import dev.awsemulator.core.sqs.api.ListMessageMoveTasksResult;
import dev.awsemulator.core.sqs.api.ListMessageMoveTasksResultEntry;
import dev.awsemulator.core.sqs.api.StartMessageMoveTaskRequest;
import dev.awsemulator.core.sqs.api.StartMessageMoveTaskResult;
import dev.awsemulator.core.time.Cancellable;
import dev.awsemulator.core.time.Clock;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import static dev.awsemulator.core.sqs.SqsParameters.range;
import static dev.awsemulator.core.sqs.SqsParameters.required;

/**
 * Redrive from a dead-letter queue: each running task moves up to its rate of messages once per
 * second of the clock, back to the queue each message came from or to a chosen destination.
 */
final class MessageMoveTasks {

    /** What AWS calls "system optimized" when no rate is given; we pick its upper bound. */
    private static final int DEFAULT_RATE = 500;

    private final Clock clock;
    private final QueueRegistry queues;
    private final List<Task> tasks = new ArrayList<>();

    MessageMoveTasks(Clock clock, QueueRegistry queues) {
        this.clock = clock;
        this.queues = queues;
    }

    StartMessageMoveTaskResult start(StartMessageMoveTaskRequest request) {
        String sourceArn = required(request.sourceArn(), "SourceArn");
        Queue source = existing(sourceArn, "SourceArn");
        if (queues.deadLetterSourcesOf(sourceArn).isEmpty()) {
            throw SqsError.invalidParameter("Source queue must be configured as a Dead Letter Queue.");
        }
        if (request.destinationArn() != null) {
            existing(request.destinationArn(), "DestinationArn");
        }
        Integer rate = request.maxNumberOfMessagesPerSecond();
        if (rate != null && (rate < 1 || rate > 500)) {
            throw SqsError.invalidParameter("Value " + rate + " for parameter MaxNumberOfMessagesPerSecond is invalid. "
                    + "Reason: You must enter a number that's between 1 and 500.");
        }
        return new StartMessageMoveTaskResult(startTask(source, request.destinationArn(), rate));
    }

    /**
     * Cancels the task a handle names: a handle that is not one is an invalid value, a handle naming a
     * queue that does not exist is refused for its source before its task is looked for (AWS's recordings).
     */
    CancelMessageMoveTaskResult cancel(CancelMessageMoveTaskRequest request) {
        TaskHandle handle = TaskHandle.parse(required(request.taskHandle(), "TaskHandle"));
        existing(handle.sourceArn(), "SourceArn");
        return new CancelMessageMoveTaskResult(cancelTask(handle.taskId()));
    }

    ListMessageMoveTasksResult list(ListMessageMoveTasksRequest request) {
        String sourceArn = required(request.sourceArn(), "SourceArn");
        existing(sourceArn, "SourceArn");
        int max = range("MaxResults", request.maxResults(), 1, 1, 10,
                "You must enter a number that's between 1 and 10.");
        return new ListMessageMoveTasksResult(tasksOf(sourceArn, max));
    }

    private Queue existing(String arn, String parameter) {
        Queue queue = queues.byArn(arn);
        if (queue == null) {
            throw SqsError.RESOURCE_NOT_FOUND.exception("The resource that you specified for the " + parameter
                    + " parameter doesn't exist.");
        }
        return queue;
    }

    private synchronized String startTask(Queue source, String destinationArn, Integer rate) {
        for (Task task : tasks) {
            if (task.sourceArn.equals(source.arn) && task.status == MoveTaskStatus.RUNNING) {
                throw SqsError.invalidParameter("There is already a task running. Only one active "
                        + "task is allowed for a source queue arn at a given time.");
            }
        }
        Task task = new Task(UUID.randomUUID().toString(), source.arn, destinationArn, rate, source.counts().total(),
                clock.millis());
        tasks.add(0, task);
        task.timer = clock.schedule(Duration.ZERO, () -> step(task));
        return task.handle();
    }

    private void step(Task task) {
        synchronized (this) {
            if (task.status != MoveTaskStatus.RUNNING) {
                return;
            }
        }
        Queue source = queues.byArn(task.sourceArn);
        if (source == null) {
            finish(task, MoveTaskStatus.FAILED, "AWS.SimpleQueueService.NonExistentQueue");
            return;
        }
        List<QueuedMessage> batch = source.drain(task.rate == null ? DEFAULT_RATE : task.rate);
        for (int i = 0; i < batch.size(); i++) {
            QueuedMessage message = batch.get(i);
            String targetArn = task.destinationArn != null ? task.destinationArn : message.deadLetterSourceArn();
            Queue target = targetArn == null ? null : queues.byArn(targetArn);
            if (target == null) {
                // Every drained message not yet moved goes back, not just this one: a failed task loses nothing.
                source.accept(batch.subList(i, batch.size()));
                finish(task, MoveTaskStatus.FAILED, "AWS.SimpleQueueService.NonExistentQueue");
                return;
            }
            target.accept(List.of(message.redriven(UUID.randomUUID(), clock.millis())));
            source.moved(message.messageId());
            synchronized (this) {
                task.moved++;
            }
        }
        if (batch.isEmpty()) {
            finish(task, MoveTaskStatus.COMPLETED, null);
            return;
        }
        synchronized (this) {
            if (task.status == MoveTaskStatus.RUNNING) {
                task.timer = clock.schedule(Duration.ofSeconds(1), () -> step(task));
            }
        }
    }

    private synchronized void finish(Task task, MoveTaskStatus status, String failureReason) {
        task.status = status;
        task.failureReason = failureReason;
    }

    private synchronized long cancelTask(String taskId) {
        for (Task task : tasks) {
            if (task.id.equals(taskId)) {
                if (task.status != MoveTaskStatus.RUNNING) {
                    throw SqsError.invalidParameter("Only active tasks can be cancelled.");
                }
                task.status = MoveTaskStatus.CANCELLED;
                task.timer.cancel();
                return task.moved;
            }
        }
        throw SqsError.RESOURCE_NOT_FOUND.exception("Task does not exist.");
    }

    private synchronized List<ListMessageMoveTasksResultEntry> tasksOf(String sourceArn, int max) {
        return tasks.stream().filter(task -> task.sourceArn.equals(sourceArn)).limit(max)
                .map(task -> new ListMessageMoveTasksResultEntry(
                        task.status == MoveTaskStatus.RUNNING ? task.handle() : null, task.status.name(),
                        task.sourceArn, task.destinationArn, task.rate, task.moved, task.toMove, task.failureReason, task.startedAt))
                .toList();
    }

    /** Calls off and forgets the tasks whose source is one of these queues, which are gone. */
    synchronized void forget(List<String> sourceArns) {
        tasks.removeIf(task -> {
            boolean gone = sourceArns.contains(task.sourceArn);
            if (gone) {
                task.timer.cancel();
            }
            return gone;
        });
    }

    synchronized void reset() {
        tasks.forEach(task -> task.timer.cancel());
        tasks.clear();
    }

    /** What a task handle holds: base64 of a JSON object naming the task and its source queue. */
    private record TaskHandle(String taskId, String sourceArn) {

        static TaskHandle parse(String handle) {
            try {
                JsonNode node = JsonDocuments.parseObject(new String(Base64.getDecoder().decode(handle),
                        StandardCharsets.UTF_8));
                if (node != null && node.path("taskId").isTextual() && node.path("sourceArn").isTextual()) {
                    return new TaskHandle(node.get("taskId").asText(), node.get("sourceArn").asText());
                }
            } catch (IllegalArgumentException e) {
                // answered below
            }
            throw SqsError.invalidParameter("Value for parameter TaskHandle is invalid.");
        }
    }

    private static final class Task {
        final String id;
        final String sourceArn;
        final String destinationArn;
        final Integer rate;
        final long toMove;
        final long startedAt;
        MoveTaskStatus status = MoveTaskStatus.RUNNING;
        String failureReason;
        long moved;
        Cancellable timer;

        Task(String id, String sourceArn, String destinationArn, Integer rate, long toMove, long startedAt) {
            this.id = id;
            this.sourceArn = sourceArn;
            this.destinationArn = destinationArn;
            this.rate = rate;
            this.toMove = toMove;
            this.startedAt = startedAt;
        }

        String handle() {
            ObjectNode node = JsonDocuments.MAPPER.createObjectNode();
            node.put("taskId", id);
            node.put("sourceArn", sourceArn);
            return Base64.getEncoder().encodeToString(node.toString().getBytes(StandardCharsets.UTF_8));
        }
    }
}
