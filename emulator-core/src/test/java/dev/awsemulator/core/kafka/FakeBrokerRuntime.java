package dev.awsemulator.core.kafka;

import dev.awsemulator.core.kafka.brokers.BrokerNode;
import dev.awsemulator.core.kafka.brokers.BrokerRuntime;
import dev.awsemulator.core.kafka.brokers.ClusterSpec;
import dev.awsemulator.core.kafka.brokers.GroupDetails;
import dev.awsemulator.core.kafka.brokers.HostPort;
import dev.awsemulator.core.kafka.brokers.KafkaTopics;
import dev.awsemulator.core.kafka.brokers.Listener;
import dev.awsemulator.core.kafka.brokers.PartitionDetails;
import dev.awsemulator.core.kafka.brokers.RunningCluster;
import dev.awsemulator.core.kafka.brokers.TopicDetails;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

/**
 * Brokers that start when the test says so ({@link #finishStarts()}), or at once, with made-up ports, keeping
 * topics in a map: what the control plane asks of a runtime, recorded for assertions. The server's tests use it
 * too, where a control-plane test needs no real broker.
 */
public final class FakeBrokerRuntime implements BrokerRuntime {

    public final List<ClusterSpec> started = new CopyOnWriteArrayList<>();
    public final List<ClusterSpec> applied = new CopyOnWriteArrayList<>();
    public final List<Collection<Integer>> rebooted = new CopyOnWriteArrayList<>();
    public final List<Map<String, String>> users = new CopyOnWriteArrayList<>();
    /** The clusters stopped, by ARN, and whether their files were to go too. */
    public final Map<String, Boolean> stopped = new TreeMap<>();
    private final List<Runnable> pendingStarts = new CopyOnWriteArrayList<>();
    private final AtomicInteger nextPort = new AtomicInteger(40000);
    private volatile boolean startAtOnce = true;
    private volatile RuntimeException startFailure;

    public FakeBrokerRuntime holdStarts() {
        startAtOnce = false;
        return this;
    }

    public FakeBrokerRuntime failStarts(RuntimeException failure) {
        startFailure = failure;
        return this;
    }

    /** Completes every start held so far, as brokers that became ready. */
    public void finishStarts() {
        List<Runnable> starts = new ArrayList<>(pendingStarts);
        pendingStarts.clear();
        starts.forEach(Runnable::run);
    }

    @Override
    public CompletionStage<RunningCluster> start(ClusterSpec spec) {
        started.add(spec);
        CompletableFuture<RunningCluster> ready = new CompletableFuture<>();
        Runnable start = () -> {
            if (startFailure != null) {
                ready.completeExceptionally(startFailure);
            } else {
                ready.complete(new Running(spec));
            }
        };
        if (startAtOnce) {
            start.run();
        } else {
            pendingStarts.add(start);
        }
        return ready;
    }

    @Override
    public String description() {
        return "fake brokers";
    }

    private final class Running implements RunningCluster {
        private volatile ClusterSpec spec;
        private final Map<String, TopicDetails> topics = new TreeMap<>();

        private Running(ClusterSpec spec) {
            this.spec = spec;
        }

        @Override
        public String kafkaVersion() {
            return "9.9.9";
        }

        @Override
        public List<BrokerNode> nodes() {
            return IntStream.rangeClosed(1, spec.brokerCount()).mapToObj(id -> {
                Map<Listener, HostPort> endpoints = new EnumMap<>(Listener.class);
                for (Listener listener : spec.listeners()) {
                    Integer port = spec.ports().getOrDefault(id, Map.of()).get(listener);
                    endpoints.put(listener, new HostPort(spec.host(), port != null ? port : nextPort.incrementAndGet()));
                }
                return new BrokerNode(id, endpoints);
            }).toList();
        }

        @Override
        public String problem() {
            return null;
        }

        @Override
        public CompletionStage<Void> apply(ClusterSpec changed) {
            applied.add(changed);
            spec = changed;
            return done();
        }

        @Override
        public CompletionStage<Void> reboot(Collection<Integer> brokerIds) {
            rebooted.add(List.copyOf(brokerIds));
            return done();
        }

        @Override
        public CompletionStage<Void> scramUsers(Map<String, String> passwordsByUser) {
            users.add(Map.copyOf(passwordsByUser));
            return done();
        }

        @Override
        public KafkaTopics topics() {
            return new KafkaTopics() {
                @Override
                public CompletionStage<Void> create(String topic, int partitions, int replicationFactor,
                                                    Map<String, String> configs) {
                    synchronized (topics) {
                        if (topics.containsKey(topic)) {
                            return CompletableFuture.failedFuture(KafkaError.TOPIC_EXISTS.exception(
                                    "Topic '" + topic + "' already exists."));
                        }
                        topics.put(topic, new TopicDetails(topic, replicationFactor, IntStream.range(0, partitions)
                                .mapToObj(partition -> new PartitionDetails(partition, 1, List.of(1), List.of(1), 0))
                                .toList(), configs));
                    }
                    return done();
                }

                @Override
                public CompletionStage<Void> update(String topic, Integer partitions, Map<String, String> configs) {
                    return done();
                }

                @Override
                public CompletionStage<Void> delete(String topic) {
                    synchronized (topics) {
                        topics.remove(topic);
                    }
                    return done();
                }

                @Override
                public CompletionStage<List<TopicDetails>> list() {
                    synchronized (topics) {
                        return CompletableFuture.completedFuture(List.copyOf(topics.values()));
                    }
                }

                @Override
                public CompletionStage<TopicDetails> describe(String topic) {
                    synchronized (topics) {
                        TopicDetails details = topics.get(topic);
                        return details != null ? CompletableFuture.completedFuture(details)
                                : CompletableFuture.failedFuture(KafkaError.UNKNOWN_TOPIC_OR_PARTITION.exception(
                                        "This server does not host this topic-partition."));
                    }
                }

                @Override
                public CompletionStage<List<GroupDetails>> groups() {
                    return CompletableFuture.completedFuture(List.of());
                }
            };
        }

        @Override
        public CompletionStage<Void> stop(boolean deleteFiles) {
            synchronized (stopped) {
                stopped.put(spec.clusterArn(), deleteFiles);
            }
            return done();
        }
    }

    private static CompletionStage<Void> done() {
        return CompletableFuture.completedFuture(null);
    }
}
