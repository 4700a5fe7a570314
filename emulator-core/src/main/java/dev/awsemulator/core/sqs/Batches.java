package dev.awsemulator.core.sqs;

import dev.awsemulator.core.common.AwsException;
import dev.awsemulator.core.sqs.api.BatchResultEntry;
import dev.awsemulator.core.sqs.api.BatchResultErrorEntry;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The batch operations' shared rules: one to ten entries with distinct, well-formed ids, checked before
 * any entry runs; then each entry succeeds or fails on its own.
 */
final class Batches {

    private static final Pattern ENTRY_ID = Pattern.compile("[A-Za-z0-9_-]{1,80}");
    private static final int MAX_ENTRIES = 10;

    private Batches() {
    }

    /** The entries, if the batch as a whole is well-formed; AWS's batch errors otherwise. */
    static <E> List<E> entries(List<E> entries, String entryName, Function<E, String> id) {
        if (entries == null || entries.isEmpty()) {
            throw SqsError.EMPTY_BATCH_REQUEST.exception("There should be at least one " + entryName
                    + " in the request.");
        }
        if (entries.size() > MAX_ENTRIES) {
            throw SqsError.TOO_MANY_ENTRIES_IN_BATCH_REQUEST.exception("Maximum number of entries per request are "
                    + MAX_ENTRIES + ". You have sent " + entries.size() + ".");
        }
        Set<String> seen = new HashSet<>();
        for (E entry : entries) {
            String entryId = id.apply(entry);
            if (entryId == null || !ENTRY_ID.matcher(entryId).matches()) {
                throw SqsError.INVALID_BATCH_ENTRY_ID.exception("A batch entry id can only contain alphanumeric "
                        + "characters, hyphens and underscores. It can be at most 80 letters long.");
            }
            if (!seen.add(entryId)) {
                throw SqsError.BATCH_ENTRY_IDS_NOT_DISTINCT.exception("Id " + entryId + " repeated.");
            }
        }
        return entries;
    }

    /** Runs {@code action} for each entry; an entry that fails is reported with its error, the others run on. */
    static <E, R> R run(List<E> entries, Function<E, String> id, Consumer<E> action,
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

    static BatchResultErrorEntry failure(String id, AwsException e) {
        return new BatchResultErrorEntry(id, e.errorCode().senderFault(), e.errorCode().queryCode(), e.getMessage());
    }
}
