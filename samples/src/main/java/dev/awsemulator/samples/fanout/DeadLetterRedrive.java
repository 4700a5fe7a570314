package dev.awsemulator.samples.fanout;

import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.ListMessageMoveTasksResultEntry;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * Moves the messages of a dead-letter queue back to the queue they came from, once the bug that
 * made them fail is fixed. A message move task without a destination returns each message to its
 * source queue, and runs in the background: callers check {@link #finished()}.
 */
public final class DeadLetterRedrive {

    private final SqsClient sqs;
    private final String deadLetterQueueArn;

    public DeadLetterRedrive(SqsClient sqs, String deadLetterQueueUrl) {
        this.sqs = sqs;
        this.deadLetterQueueArn = sqs.getQueueAttributes(b -> b.queueUrl(deadLetterQueueUrl)
                .attributeNames(QueueAttributeName.QUEUE_ARN)).attributes().get(QueueAttributeName.QUEUE_ARN);
    }

    /** Starts the move; returns the task handle, which could cancel it. */
    public String start() {
        return sqs.startMessageMoveTask(b -> b.sourceArn(deadLetterQueueArn)).taskHandle();
    }

    /** Whether the latest move task from this dead-letter queue has completed. */
    public boolean finished() {
        return sqs.listMessageMoveTasks(b -> b.sourceArn(deadLetterQueueArn).maxResults(1)).results().stream()
                .findFirst()
                .map(ListMessageMoveTasksResultEntry::status)
                .filter("COMPLETED"::equals)
                .isPresent();
    }
}
