package dev.awsemulator.core.sns;

import java.util.ArrayDeque;
import java.util.List;

/**
 * What was published since the last reset, oldest first, each with what became of it at every
 * subscription: for tests and tools to inspect. The newest 10,000 are kept. Every publish records here, so
 * recording costs constant time: a deque whose size is a field, under this object's lock (held for an add
 * and at most one removal; reading copies).
 */
final class PublishedMessages {

    private static final int MAX_RECORDED = 10_000;

    private final ArrayDeque<PublishedMessage> published = new ArrayDeque<>();

    synchronized void record(PublishedMessage message) {
        published.addLast(message);
        if (published.size() > MAX_RECORDED) {
            published.pollFirst();
        }
    }

    synchronized List<PublishedMessage> all() {
        return List.copyOf(published);
    }

    /** Forgets the messages published to the account's topics and platform endpoints. */
    synchronized void forgetAccount(String accountId) {
        published.removeIf(message -> SnsResources.ownedBy(accountId, message.target()));
    }

    synchronized void clear() {
        published.clear();
    }
}
