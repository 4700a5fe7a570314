package dev.awsemulator.server.kinesis;

import dev.awsemulator.core.kinesis.api.PutRecordsRequest;
import dev.awsemulator.core.kinesis.api.PutRecordsRequestEntry;
import dev.awsemulator.core.kinesis.api.PutRecordsResult;
import dev.awsemulator.core.kinesis.api.PutRecordsResultEntry;
import dev.awsemulator.server.api.BatchEntries;
import dev.awsemulator.server.api.FailedEntry;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * PutRecords as fault rules split it: records by position, each failed one answered in its place with
 * {@code ErrorCode} and {@code ErrorMessage} and counted in {@code FailedRecordCount}, as Kinesis reports a
 * throttled record.
 */
final class KinesisBatches {

    static final BatchEntries<PutRecordsRequest, PutRecordsRequestEntry, PutRecordsResult> PUT_RECORDS =
            BatchEntries.byIndex("PutRecord", PutRecordsRequest::records,
                    (request, kept) -> new PutRecordsRequest(kept, request.streamName(), request.streamARN()),
                    KinesisBatches::withFailed);

    private KinesisBatches() {
    }

    private static PutRecordsResult withFailed(PutRecordsResult result, List<FailedEntry> failed) {
        List<PutRecordsResultEntry> ran = result == null ? List.of() : result.records();
        Iterator<PutRecordsResultEntry> next = ran.iterator();
        Iterator<FailedEntry> failures = failed.iterator();
        FailedEntry failure = failures.next();
        List<PutRecordsResultEntry> records = new ArrayList<>();
        for (int index = 0; index < ran.size() + failed.size(); index++) {
            if (failure != null && failure.index() == index) {
                records.add(new PutRecordsResultEntry(null, null, failure.error().code(), failure.message()));
                failure = failures.hasNext() ? failures.next() : null;
            } else {
                records.add(next.next());
            }
        }
        int failedBefore = result == null || result.failedRecordCount() == null ? 0 : result.failedRecordCount();
        return new PutRecordsResult(failedBefore + failed.size(), records, result == null ? null : result.encryptionType());
    }
}
