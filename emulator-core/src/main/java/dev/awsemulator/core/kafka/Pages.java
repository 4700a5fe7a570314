package dev.awsemulator.core.kafka;

import dev.awsemulator.core.common.Page;

import java.util.List;
import java.util.function.Function;

/** MSK's paging: up to {@code maxResults} (1 to 100) items a page, continued by an opaque token. */
final class Pages {

    static final int DEFAULT_SIZE = 100;

    private Pages() {
    }

    /** One page of {@code sorted}, which is ordered by {@code key}. */
    static <T> Page<T> page(List<T> sorted, Function<T, String> key, Integer maxResults, String nextToken) {
        int size = Checks.maxResults(maxResults, DEFAULT_SIZE);
        return Page.of(sorted, nextToken, size, key, () -> KafkaError.BAD_REQUEST.exception(
                "The nextToken " + nextToken + " is not valid.", "nextToken"));
    }
}
