package dev.awsemulator.bench.sns;

import java.util.List;
import java.util.concurrent.atomic.LongAdder;

/** Acknowledged publishes, and how many of them each subscription matches. Thread-safe. */
final class PublishLedger {

    private final List<Subscriber> subscribers;
    private final LongAdder publishes = new LongAdder();
    private final LongAdder[] matched;

    PublishLedger(List<Subscriber> subscribers) {
        this.subscribers = subscribers;
        this.matched = new LongAdder[subscribers.size()];
        for (int i = 0; i < matched.length; i++) {
            matched[i] = new LongAdder();
        }
    }

    void published(long id) {
        publishes.increment();
        for (int i = 0; i < matched.length; i++) {
            if (subscribers.get(i).matches().test(id)) {
                matched[i].increment();
            }
        }
    }

    long publishes() {
        return publishes.sum();
    }

    /** Messages the {@code index}th subscription's queue must hold. */
    long expected(int index) {
        return matched[index].sum();
    }
}
