package dev.awsemulator.server.api;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * How a batch operation's request splits into entries and how its result reports entries that failed, so
 * that a fault rule can fail chosen entries the way AWS reports them (SendMessageBatch's {@code Failed} list,
 * PutRecords' {@code FailedRecordCount} and per-record {@code ErrorCode}) while the other entries really
 * run. Declared on the operation in its table:
 *
 * <pre>{@code
 * Operation.of("SendMessageBatch", SendMessageBatchRequest.class, sqs::sendMessageBatch)
 *         .batch(BatchEntries.byId("SendMessage", SendMessageBatchRequest::entries,
 *                 (request, kept) -> new SendMessageBatchRequest(request.queueUrl(), kept),
 *                 SendMessageBatchRequestEntry::id, SqsBatches::withFailed))
 * }</pre>
 *
 * @param <I> the operation's input record
 * @param <E> one entry of it
 * @param <O> the operation's output record
 */
public final class BatchEntries<I, E, O> {

    private final String entryOperation;
    private final Function<I, List<E>> entries;
    private final BiFunction<I, List<E>, I> withEntries;
    private final Function<E, String> id;
    private final BiFunction<O, List<FailedEntry>, O> withFailed;

    private BatchEntries(String entryOperation, Function<I, List<E>> entries, BiFunction<I, List<E>, I> withEntries,
                         Function<E, String> id, BiFunction<O, List<FailedEntry>, O> withFailed) {
        this.entryOperation = entryOperation;
        this.entries = entries;
        this.withEntries = withEntries;
        this.id = id;
        this.withFailed = withFailed;
    }

    /**
     * A batch whose entries carry ids. {@code entryOperation} is the single call each entry stands for, whose
     * errors an entry may fail with; {@code withEntries} makes the request with only the entries given;
     * {@code withFailed} adds the failed entries to the result of the others, which is null when none ran.
     */
    public static <I, E, O> BatchEntries<I, E, O> byId(String entryOperation, Function<I, List<E>> entries,
                                                     BiFunction<I, List<E>, I> withEntries, Function<E, String> id,
                                                     BiFunction<O, List<FailedEntry>, O> withFailed) {
        return new BatchEntries<>(entryOperation, entries, withEntries, id, withFailed);
    }

    /** A batch whose entries have no ids and are told apart by their position alone. */
    public static <I, E, O> BatchEntries<I, E, O> byIndex(String entryOperation, Function<I, List<E>> entries,
                                                        BiFunction<I, List<E>, I> withEntries,
                                                        BiFunction<O, List<FailedEntry>, O> withFailed) {
        return new BatchEntries<>(entryOperation, entries, withEntries, null, withFailed);
    }

    /** The single operation each entry stands for: {@code SendMessage} for SendMessageBatch's. */
    public String entryOperation() {
        return entryOperation;
    }

    /** Whether entries carry ids, so that they can be chosen by id as well as by position. */
    public boolean hasIds() {
        return id != null;
    }

    /** The request's entries, in order; empty when it has none. */
    @SuppressWarnings("unchecked")
    public List<?> entries(Object input) {
        List<E> list = entries.apply((I) input);
        return list == null ? List.of() : list;
    }

    /** The entry's id; null for batches whose entries have none. */
    @SuppressWarnings("unchecked")
    public String id(Object entry) {
        return id == null ? null : id.apply((E) entry);
    }

    /** The request with only {@code kept} of its entries. */
    @SuppressWarnings("unchecked")
    public Object withEntries(Object input, List<?> kept) {
        return withEntries.apply((I) input, (List<E>) kept);
    }

    /** {@code output} (null when no entry ran) with {@code failed} reported as the operation reports failures. */
    @SuppressWarnings("unchecked")
    public Object withFailed(Object output, List<FailedEntry> failed) {
        return withFailed.apply((O) output, failed);
    }
}
