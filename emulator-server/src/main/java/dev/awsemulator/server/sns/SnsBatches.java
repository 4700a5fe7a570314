package dev.awsemulator.server.sns;

import dev.awsemulator.core.sns.api.BatchResultErrorEntry;
import dev.awsemulator.core.sns.api.PublishBatchRequest;
import dev.awsemulator.core.sns.api.PublishBatchRequestEntry;
import dev.awsemulator.core.sns.api.PublishBatchResult;
import dev.awsemulator.core.sns.api.PublishBatchResultEntry;
import dev.awsemulator.server.api.BatchEntries;

import java.util.ArrayList;
import java.util.List;

/**
 * PublishBatch as fault rules split it: entries by id, failed ones reported in the result's {@code Failed}
 * list with the Query code, the message and {@code SenderFault}, as SNS reports its own.
 */
final class SnsBatches {

    static final BatchEntries<PublishBatchRequest, PublishBatchRequestEntry, PublishBatchResult> PUBLISH =
            BatchEntries.byId("Publish", PublishBatchRequest::publishBatchRequestEntries,
                    (request, kept) -> new PublishBatchRequest(request.topicArn(), kept),
                    PublishBatchRequestEntry::id,
                    (result, failed) -> {
                        List<BatchResultErrorEntry> all = new ArrayList<>(result == null ? List.of() : result.failed());
                        failed.forEach(entry -> all.add(new BatchResultErrorEntry(entry.id(),
                                entry.error().queryCode(), entry.message(), entry.error().senderFault())));
                        return new PublishBatchResult(result == null ? List.<PublishBatchResultEntry>of()
                                : result.successful(), all);
                    });

    private SnsBatches() {
    }
}
