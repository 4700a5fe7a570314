package dev.awsemulator.core.sns;

import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;

/**
 * What was published since the last reset, oldest first, each with what became of it at every
 * subscription: for tests and tools to inspect. The newest 10,000 are kept.
 */
final class PublishedMessages {

    private static final int MAX_RECORDED = 10_000;

    private final ConcurrentLinkedDeque<PublishedMessage> published = new ConcurrentLinkedDeque<>();

    void record(PublishedMessage message) {
        published.addLast(message);
        while (published.size() > MAX_RECORDED) {
            published.pollFirst();
        }
    }

    List<PublishedMessage> all() {
        return List.copyOf(published);
    }

    /** Forgets the messages published to the account's topics and platform endpoints. */
    void forgetAccount(String accountId) {
        published.removeIf(message -> SnsResources.ownedBy(accountId, message.target()));
    }

    void clear() {
        published.clear();
    }
}
