package dev.awsemulator.server.config;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The resources a config file declares, created when the emulator starts and again, empty, after
 * each reset. Attribute and tag values are AWS's own (the same names and strings as the APIs take),
 * so the services check them as they check API calls; this model checks only what ties the entries
 * together (names, references), see {@link #problems()}.
 */
public record EmulatorConfig(List<Queue> queues, List<Topic> topics, List<Subscription> subscriptions,
                             List<Stream> streams) {

    public static final EmulatorConfig EMPTY = new EmulatorConfig(null, null, null, null);

    public EmulatorConfig {
        queues = listOf(queues);
        topics = listOf(topics);
        subscriptions = listOf(subscriptions);
        streams = listOf(streams);
    }

    /** A queue; a name ending in {@code .fifo} makes a FIFO queue. */
    public record Queue(String name, Map<String, String> attributes, Map<String, String> tags,
                        DeadLetterQueue deadLetterQueue) {
        public Queue {
            attributes = mapOf(attributes);
            tags = mapOf(tags);
        }
    }

    /** Where a queue's messages go after {@code maxReceiveCount} receives: its RedrivePolicy, by queue name. */
    public record DeadLetterQueue(String name, Integer maxReceiveCount) {
    }

    /** A topic; a name ending in {@code .fifo} makes a FIFO topic. */
    public record Topic(String name, Map<String, String> attributes, Map<String, String> tags) {
        public Topic {
            attributes = mapOf(attributes);
            tags = mapOf(tags);
        }
    }

    /**
     * A topic's subscription: to a declared {@code queue} by name, or to an HTTP(S) {@code endpoint}.
     * {@code filterPolicy} is a JSON object (or its text); the other subscription attributes go in
     * {@code attributes}.
     */
    public record Subscription(String topic, String queue, String endpoint, Boolean rawMessageDelivery,
                               JsonNode filterPolicy, String filterPolicyScope, Map<String, String> attributes) {
        public Subscription {
            attributes = mapOf(attributes);
        }

        String describe() {
            return topic + " -> " + (queue != null ? queue : endpoint);
        }
    }

    /** A Kinesis stream: {@code shardCount} (default 1) or {@code mode: ON_DEMAND}, tags, enhanced fan-out consumers. */
    public record Stream(String name, Integer shardCount, String mode, Map<String, String> tags,
                         List<String> consumers) {
        public Stream {
            tags = mapOf(tags);
            consumers = listOf(consumers);
        }
    }

    /**
     * What is wrong with how the entries fit together, each naming its entry
     * ({@code queues[2] "orders": ...}); empty when the file is consistent.
     */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        Set<String> queueNames = names(queues.stream().map(Queue::name).toList(), "queues", problems);
        Set<String> topicNames = names(topics.stream().map(Topic::name).toList(), "topics", problems);
        names(streams.stream().map(Stream::name).toList(), "streams", problems);
        for (int i = 0; i < queues.size(); i++) {
            DeadLetterQueue dlq = queues.get(i).deadLetterQueue();
            if (dlq != null && !queueNames.contains(dlq.name())) {
                problems.add(entry("queues", i, queues.get(i).name()) + "deadLetterQueue \"" + dlq.name()
                        + "\" is not a queue of this file");
            }
        }
        deadLetterLoops(problems);
        for (int i = 0; i < subscriptions.size(); i++) {
            Subscription subscription = subscriptions.get(i);
            String at = "subscriptions[" + i + "]: ";
            if (subscription.topic() == null || !topicNames.contains(subscription.topic())) {
                problems.add(at + "topic " + quoted(subscription.topic()) + " is not a topic of this file");
            }
            if ((subscription.queue() == null) == (subscription.endpoint() == null)) {
                problems.add(at + "needs either a queue or an endpoint");
            } else if (subscription.queue() != null && !queueNames.contains(subscription.queue())) {
                problems.add(at + "queue \"" + subscription.queue() + "\" is not a queue of this file");
            } else if (subscription.endpoint() != null && !subscription.endpoint().startsWith("http://")
                    && !subscription.endpoint().startsWith("https://")) {
                problems.add(at + "endpoint \"" + subscription.endpoint() + "\" must be an http:// or https:// URL");
            }
        }
        return problems;
    }

    /** The queues in an order that creates every dead-letter queue before the queues that use it. */
    List<Queue> queuesInCreationOrder() {
        Map<String, Queue> byName = new LinkedHashMap<>();
        queues.forEach(queue -> byName.put(queue.name(), queue));
        List<Queue> ordered = new ArrayList<>();
        Set<String> placed = new HashSet<>();
        for (Queue queue : queues) {
            place(queue, byName, placed, ordered);
        }
        return ordered;
    }

    private static void place(Queue queue, Map<String, Queue> byName, Set<String> placed, List<Queue> ordered) {
        if (!placed.add(queue.name())) {
            return;
        }
        Queue dlq = queue.deadLetterQueue() == null ? null : byName.get(queue.deadLetterQueue().name());
        if (dlq != null) {
            place(dlq, byName, placed, ordered);
        }
        ordered.add(queue);
    }

    private void deadLetterLoops(List<String> problems) {
        Map<String, String> next = new LinkedHashMap<>();
        queues.stream().filter(queue -> queue.deadLetterQueue() != null && queue.name() != null)
                .forEach(queue -> next.putIfAbsent(queue.name(), queue.deadLetterQueue().name()));
        for (int i = 0; i < queues.size(); i++) {
            String start = queues.get(i).name();
            Set<String> seen = new HashSet<>();
            for (String at = next.get(start); at != null && seen.add(at); at = next.get(at)) {
                if (at.equals(start)) {
                    problems.add(entry("queues", i, start) + "its dead-letter queues lead back to itself");
                    break;
                }
            }
        }
    }

    private static Set<String> names(List<String> names, String kind, List<String> problems) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            if (name == null || name.isBlank()) {
                problems.add(kind + "[" + i + "]: needs a name");
            } else if (!seen.add(name)) {
                problems.add(entry(kind, i, name) + "is declared twice");
            }
        }
        return seen;
    }

    static String entry(String kind, int index, String name) {
        return kind + "[" + index + "] " + quoted(name) + ": ";
    }

    private static String quoted(String name) {
        return name == null ? "(none)" : "\"" + name + "\"";
    }

    private static <T> List<T> listOf(List<T> list) {
        return list == null ? List.of() : list.stream().filter(Objects::nonNull).toList();
    }

    private static Map<String, String> mapOf(Map<String, String> map) {
        Map<String, String> copy = new LinkedHashMap<>();
        if (map != null) {
            // "VisibilityTimeout:" with nothing after it is an empty value, as in an API call
            map.forEach((key, value) -> copy.put(key, value == null ? "" : value));
        }
        return Collections.unmodifiableMap(copy);
    }
}
