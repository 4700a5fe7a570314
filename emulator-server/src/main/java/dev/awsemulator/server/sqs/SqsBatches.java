package dev.awsemulator.server.sqs;

import dev.awsemulator.core.sqs.api.BatchResultEntry;
import dev.awsemulator.core.sqs.api.BatchResultErrorEntry;
import dev.awsemulator.core.sqs.api.ChangeMessageVisibilityBatchRequest;
import dev.awsemulator.core.sqs.api.ChangeMessageVisibilityBatchRequestEntry;
import dev.awsemulator.core.sqs.api.ChangeMessageVisibilityBatchResult;
import dev.awsemulator.core.sqs.api.DeleteMessageBatchRequest;
import dev.awsemulator.core.sqs.api.DeleteMessageBatchRequestEntry;
import dev.awsemulator.core.sqs.api.DeleteMessageBatchResult;
import dev.awsemulator.core.sqs.api.SendMessageBatchRequest;
import dev.awsemulator.core.sqs.api.SendMessageBatchRequestEntry;
import dev.awsemulator.core.sqs.api.SendMessageBatchResult;
import dev.awsemulator.core.sqs.api.SendMessageBatchResultEntry;
import dev.awsemulator.server.api.BatchEntries;
import dev.awsemulator.server.api.FailedEntry;

import java.util.ArrayList;
import java.util.List;

/**
 * SQS's batch calls as fault rules split them: entries by id, failed ones reported in the result's
 * {@code Failed} list with {@code SenderFault}, the Query code and the message, as SQS reports its own.
 */
final class SqsBatches {

    static final BatchEntries<SendMessageBatchRequest, SendMessageBatchRequestEntry, SendMessageBatchResult> SEND =
            BatchEntries.byId("SendMessage", SendMessageBatchRequest::entries,
                    (request, kept) -> new SendMessageBatchRequest(request.queueUrl(), kept),
                    SendMessageBatchRequestEntry::id,
                    (result, failed) -> new SendMessageBatchResult(
                            result == null ? List.<SendMessageBatchResultEntry>of() : result.successful(),
                            withFailed(result == null ? null : result.failed(), failed)));

    static final BatchEntries<DeleteMessageBatchRequest, DeleteMessageBatchRequestEntry, DeleteMessageBatchResult>
            DELETE = BatchEntries.byId("DeleteMessage", DeleteMessageBatchRequest::entries,
                    (request, kept) -> new DeleteMessageBatchRequest(request.queueUrl(), kept),
                    DeleteMessageBatchRequestEntry::id,
                    (result, failed) -> new DeleteMessageBatchResult(
                            result == null ? List.<BatchResultEntry>of() : result.successful(),
                            withFailed(result == null ? null : result.failed(), failed)));

    static final BatchEntries<ChangeMessageVisibilityBatchRequest, ChangeMessageVisibilityBatchRequestEntry,
            ChangeMessageVisibilityBatchResult> CHANGE_VISIBILITY = BatchEntries.byId("ChangeMessageVisibility",
                    ChangeMessageVisibilityBatchRequest::entries,
                    (request, kept) -> new ChangeMessageVisibilityBatchRequest(request.queueUrl(), kept),
                    ChangeMessageVisibilityBatchRequestEntry::id,
                    (result, failed) -> new ChangeMessageVisibilityBatchResult(
                            result == null ? List.<BatchResultEntry>of() : result.successful(),
                            withFailed(result == null ? null : result.failed(), failed)));

    private SqsBatches() {
    }

    private static List<BatchResultErrorEntry> withFailed(List<BatchResultErrorEntry> ran, List<FailedEntry> failed) {
        List<BatchResultErrorEntry> all = new ArrayList<>(ran == null ? List.of() : ran);
        failed.forEach(entry -> all.add(new BatchResultErrorEntry(entry.id(), entry.error().senderFault(),
                entry.error().queryCode(), entry.message())));
        return all;
    }
}
