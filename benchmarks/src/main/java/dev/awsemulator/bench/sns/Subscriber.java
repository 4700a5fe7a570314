package dev.awsemulator.bench.sns;

import java.util.List;
import java.util.Map;
import java.util.function.LongPredicate;

/**
 * One SQS subscription of the fanout topic: its queue, its filter policy (or none), and which
 * publishes it matches, so that the workload knows what each queue must hold.
 */
record Subscriber(String queue, String filterPolicy, LongPredicate matches) {

    private static final List<Subscriber> ALL = List.of(
            new Subscriber("bench-fanout-0", null, id -> true),
            new Subscriber("bench-fanout-1", null, id -> true),
            new Subscriber("bench-fanout-2", null, id -> true),
            new Subscriber("bench-fanout-even", "{\"kind\":[\"even\"]}", id -> kind(id).equals("even")),
            new Subscriber("bench-fanout-low", "{\"n\":[{\"numeric\":[\"<\",25]}]}", id -> n(id) < 25));

    static List<Subscriber> all() {
        return ALL;
    }

    static String kind(long id) {
        return id % 2 == 0 ? "even" : "odd";
    }

    static long n(long id) {
        return id % 100;
    }

    Map<String, String> attributes() {
        return filterPolicy == null ? Map.of() : Map.of("FilterPolicy", filterPolicy);
    }
}
