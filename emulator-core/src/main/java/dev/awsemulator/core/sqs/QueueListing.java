package dev.awsemulator.core.sqs;

import dev.awsemulator.core.common.Caller;
import dev.awsemulator.core.common.Page;
import dev.awsemulator.core.sqs.api.ListDeadLetterSourceQueuesRequest;
import dev.awsemulator.core.sqs.api.ListDeadLetterSourceQueuesResult;
import dev.awsemulator.core.sqs.api.ListQueuesRequest;
import dev.awsemulator.core.sqs.api.ListQueuesResult;

import java.util.Comparator;
import java.util.List;
import java.util.function.BiFunction;
import java.util.stream.Stream;

/** ListQueues and ListDeadLetterSourceQueues: queue URLs by name, a page at a time when asked for pages. */
final class QueueListing {

    private static final int MAX_RESULTS = 1000;

    private final QueueRegistry queues;

    QueueListing(QueueRegistry queues) {
        this.queues = queues;
    }

    ListQueuesResult list(Caller caller, ListQueuesRequest request) {
        String prefix = request.queueNamePrefix() == null ? "" : request.queueNamePrefix();
        Stream<QueueRef> refs = queues.all().stream().map(queue -> queue.ref)
                .filter(ref -> ref.accountId().equals(caller.accountId()) && ref.region().equals(caller.region()))
                .filter(ref -> ref.name().startsWith(prefix));
        return page(refs, request.nextToken(), request.maxResults(), caller, ListQueuesResult::new);
    }

    ListDeadLetterSourceQueuesResult deadLetterSources(Caller caller, Queue target,
                                                      ListDeadLetterSourceQueuesRequest request) {
        Stream<QueueRef> sources = queues.deadLetterSourcesOf(target.arn).stream().map(queue -> queue.ref);
        return page(sources, request.nextToken(), request.maxResults(), caller,
                ListDeadLetterSourceQueuesResult::new);
    }

    private static <T> T page(Stream<QueueRef> refs, String nextToken, Integer maxResults, Caller caller,
                              BiFunction<List<String>, String, T> result) {
        if (maxResults != null && (maxResults < 1 || maxResults > MAX_RESULTS)) {
            throw SqsError.invalidParameter("Value " + maxResults + " for parameter MaxResults is invalid. "
                    + "Reason: MaxResults must be an integer between 1 and 1000.");
        }
        int limit = maxResults == null ? MAX_RESULTS : maxResults;
        List<QueueRef> sorted = refs.sorted(Comparator.comparing(QueueRef::name)).toList();
        Page<QueueRef> page = Page.of(sorted, nextToken, limit, QueueRef::name,
                () -> SqsError.invalidParameter("Invalid NextToken value."));
        // SQS hands out a NextToken only to a caller that asked for pages with MaxResults.
        String token = maxResults == null ? null : page.nextToken();
        return result.apply(page.items().stream().map(ref -> ref.url(caller.endpoint())).toList(), token);
    }
}
