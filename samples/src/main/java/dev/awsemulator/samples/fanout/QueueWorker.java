package dev.awsemulator.samples.fanout;

import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;

import java.util.List;

/**
 * The worker loop of every consumer: long-poll, process, delete. A message whose handler throws is
 * not deleted, so SQS makes it visible again after the visibility timeout and counts the receive;
 * past the queue's {@code maxReceiveCount} SQS moves it to the dead-letter queue. A delete that fails
 * (after the SDK's own retries) leaves a processed message to come back the same way, so handlers must be
 * idempotent ({@link Fulfilment}). The worker itself needs no retry logic.
 */
public final class QueueWorker {

    /** Processes one message; throwing leaves it on the queue for another attempt. */
    @FunctionalInterface
    public interface Handler {
        void handle(Message message) throws Exception;
    }

    private final SqsClient sqs;
    private final String queueUrl;
    private final int waitSeconds;
    private final Handler handler;
    private int failures;
    private int failedDeletes;

    /** @param waitSeconds the long poll's wait, 1 to 20 s; 0 makes short polls */
    public QueueWorker(SqsClient sqs, String queueUrl, int waitSeconds, Handler handler) {
        this.sqs = sqs;
        this.queueUrl = queueUrl;
        this.waitSeconds = waitSeconds;
        this.handler = handler;
    }

    /** One receive of up to 10 messages; returns how many were processed and deleted. */
    public int pollOnce() {
        List<Message> messages = sqs.receiveMessage(b -> b.queueUrl(queueUrl).maxNumberOfMessages(10)
                .waitTimeSeconds(waitSeconds)).messages();
        int done = 0;
        for (Message message : messages) {
            try {
                handler.handle(message);
            } catch (Exception e) {
                failures++;
                continue;
            }
            try {
                sqs.deleteMessage(b -> b.queueUrl(queueUrl).receiptHandle(message.receiptHandle()));
            } catch (SdkException e) {
                failedDeletes++; // processed, but SQS will deliver it again after its visibility timeout
                continue;
            }
            done++;
        }
        return done;
    }

    /** Polls until a receive brings nothing back; returns how many messages were processed. */
    public int drain() {
        int total = 0;
        while (true) {
            int before = failures;
            int done = pollOnce();
            if (done == 0 && failures == before) {
                return total;
            }
            total += done;
        }
    }

    /** How many times the handler has thrown. */
    public int failures() {
        return failures;
    }

    /** How many processed messages could not be deleted. */
    public int failedDeletes() {
        return failedDeletes;
    }
}
