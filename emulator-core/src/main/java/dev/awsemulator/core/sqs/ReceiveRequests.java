package dev.awsemulator.core.sqs;

import dev.awsemulator.core.sqs.api.ChangeMessageVisibilityBatchRequest;
import dev.awsemulator.core.sqs.api.ChangeMessageVisibilityBatchRequestEntry;
import dev.awsemulator.core.sqs.api.ChangeMessageVisibilityBatchResult;
import dev.awsemulator.core.sqs.api.ChangeMessageVisibilityRequest;
import dev.awsemulator.core.sqs.api.DeleteMessageBatchRequest;
import dev.awsemulator.core.sqs.api.DeleteMessageBatchRequestEntry;
import dev.awsemulator.core.sqs.api.DeleteMessageBatchResult;
import dev.awsemulator.core.sqs.api.DeleteMessageRequest;
import dev.awsemulator.core.sqs.api.ReceiveMessageRequest;
import dev.awsemulator.core.sqs.api.ReceiveMessageResult;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import static dev.awsemulator.core.sqs.SqsParameters.range;
import static dev.awsemulator.core.sqs.SqsParameters.required;

/**
 * ReceiveMessage, and what is done with a receipt handle afterwards: DeleteMessage and
 * ChangeMessageVisibility, single or in batches. Checks each request's parameters against the queue's
 * settings; the queue applies it.
 */
final class ReceiveRequests {

    private static final int MAX_VISIBILITY_SECONDS = 43_200;

    private ReceiveRequests() {
    }

    static CompletionStage<ReceiveMessageResult> receive(Queue queue, ReceiveMessageRequest request) {
        QueueSettings settings = queue.settings();
        int max = range("MaxNumberOfMessages", request.maxNumberOfMessages(), 1, 1, 10,
                "Must be between 1 and 10, if provided.");
        int visibility = range("VisibilityTimeout", request.visibilityTimeout(), settings.visibilityTimeout, 0,
                MAX_VISIBILITY_SECONDS, "Must be >= 0 and <= 43200, if provided.");
        int wait = range("WaitTimeSeconds", request.waitTimeSeconds(), settings.receiveMessageWaitTimeSeconds, 0, 20,
                "Must be >= 0 and <= 20, if provided.");
        String attemptId = settings.fifo ? request.receiveRequestAttemptId() : null;
        if (attemptId != null) {
            MessageValidation.groupOrDeduplicationId("ReceiveRequestAttemptId", attemptId);
        }
        RequestedAttributes requested = new RequestedAttributes(request);
        CompletableFuture<List<ReceivedMessage>> received = queue.receive(max, visibility, wait, attemptId);
        CompletableFuture<ReceiveMessageResult> result = received.thenApply(messages ->
                new ReceiveMessageResult(messages.stream().map(requested::toMessage).toList()));
        // A caller that goes away cancels the result; its waiter must then stop, so it takes no message.
        result.whenComplete((ignored, failure) -> {
            if (result.isCancelled()) {
                queue.cancel(received);
            }
        });
        return result;
    }

    static void delete(Queue queue, DeleteMessageRequest request) {
        queue.delete(required(request.receiptHandle(), "ReceiptHandle"));
    }

    static DeleteMessageBatchResult deleteBatch(Queue queue, DeleteMessageBatchRequest request) {
        List<DeleteMessageBatchRequestEntry> entries = Batches.entries(request.entries(),
                "DeleteMessageBatchRequestEntry", DeleteMessageBatchRequestEntry::id);
        return Batches.run(entries, DeleteMessageBatchRequestEntry::id,
                entry -> queue.delete(required(entry.receiptHandle(), "ReceiptHandle")), DeleteMessageBatchResult::new);
    }

    static void changeVisibility(Queue queue, ChangeMessageVisibilityRequest request) {
        changeVisibility(queue, request.receiptHandle(), request.visibilityTimeout());
    }

    static ChangeMessageVisibilityBatchResult changeVisibilityBatch(Queue queue,
                                                                    ChangeMessageVisibilityBatchRequest request) {
        List<ChangeMessageVisibilityBatchRequestEntry> entries = Batches.entries(request.entries(),
                "ChangeMessageVisibilityBatchRequestEntry", ChangeMessageVisibilityBatchRequestEntry::id);
        return Batches.run(entries, ChangeMessageVisibilityBatchRequestEntry::id,
                entry -> changeVisibility(queue, entry.receiptHandle(), entry.visibilityTimeout()),
                ChangeMessageVisibilityBatchResult::new);
    }

    private static void changeVisibility(Queue queue, String receiptHandle, Integer visibilityTimeout) {
        String handle = required(receiptHandle, "ReceiptHandle");
        if (visibilityTimeout == null) {
            throw SqsError.missingParameter("VisibilityTimeout");
        }
        int timeout = range("VisibilityTimeout", visibilityTimeout, 0, 0, MAX_VISIBILITY_SECONDS,
                "Must be >= 0 and <= 43200.");
        queue.changeVisibility(handle, timeout);
    }
}
