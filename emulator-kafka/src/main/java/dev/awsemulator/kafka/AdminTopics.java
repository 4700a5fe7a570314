package dev.awsemulator.kafka;

import dev.awsemulator.core.kafka.brokers.GroupDetails;
import dev.awsemulator.core.kafka.brokers.KafkaTopics;
import dev.awsemulator.core.kafka.brokers.PartitionDetails;
import dev.awsemulator.core.kafka.brokers.TopicDetails;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.GroupListing;
import org.apache.kafka.clients.admin.ListGroupsOptions;
import org.apache.kafka.clients.admin.NewPartitions;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.TopicPartitionInfo;
import org.apache.kafka.common.config.ConfigResource;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** A cluster's topics and consumer groups through Kafka's admin client. */
final class AdminTopics implements KafkaTopics {

    private final Supplier<Admin> admin;

    AdminTopics(Supplier<Admin> admin) {
        this.admin = admin;
    }

    @Override
    public CompletionStage<Void> create(String topic, int partitions, int replicationFactor,
                                        Map<String, String> configs) {
        NewTopic created = new NewTopic(topic, partitions, (short) replicationFactor).configs(configs);
        return call(() -> admin.get().createTopics(List.of(created)).all());
    }

    @Override
    public CompletionStage<Void> update(String topic, Integer partitions, Map<String, String> configs) {
        CompletionStage<Void> grown = partitions == null ? CompletableFuture.completedFuture(null)
                : call(() -> admin.get().createPartitions(Map.of(topic, NewPartitions.increaseTo(partitions))).all());
        return grown.thenCompose(done -> configs.isEmpty() ? CompletableFuture.completedFuture(null)
                : call(() -> admin.get().incrementalAlterConfigs(Map.of(
                        new ConfigResource(ConfigResource.Type.TOPIC, topic),
                        configs.entrySet().stream().map(entry -> new AlterConfigOp(
                                new ConfigEntry(entry.getKey(), entry.getValue()), AlterConfigOp.OpType.SET))
                                .toList())).all()));
    }

    @Override
    public CompletionStage<Void> delete(String topic) {
        return call(() -> admin.get().deleteTopics(List.of(topic)).all());
    }

    @Override
    public CompletionStage<List<TopicDetails>> list() {
        return call(() -> admin.get().listTopics().names()).thenCompose(this::details)
                .thenApply(topics -> topics.stream().sorted(Comparator.comparing(TopicDetails::name)).toList());
    }

    @Override
    public CompletionStage<TopicDetails> describe(String topic) {
        CompletionStage<Map<String, String>> configs = call(() -> admin.get().describeConfigs(List.of(
                new ConfigResource(ConfigResource.Type.TOPIC, topic))).all())
                .thenApply(all -> all.values().stream().findFirst().map(AdminTopics::setOnTopic).orElse(Map.of()));
        return details(List.of(topic)).thenCombine(configs, (topics, set) -> {
            TopicDetails found = topics.get(0);
            return new TopicDetails(found.name(), found.replicationFactor(), found.partitions(), set);
        });
    }

    @Override
    public CompletionStage<List<GroupDetails>> groups() {
        return call(() -> admin.get().listGroups(ListGroupsOptions.forConsumerGroups()).all())
                .thenCompose(listings -> {
                    List<String> ids = listings.stream().map(GroupListing::groupId).sorted().toList();
                    if (ids.isEmpty()) {
                        return CompletableFuture.completedFuture(List.<GroupDetails>of());
                    }
                    return call(() -> admin.get().describeConsumerGroups(ids).all())
                            .thenCompose(descriptions -> group(ids, descriptions));
                });
    }

    private CompletionStage<List<GroupDetails>> group(List<String> ids,
                                                      Map<String, ConsumerGroupDescription> descriptions) {
        List<CompletableFuture<GroupDetails>> groups = new ArrayList<>();
        for (String id : ids) {
            ConsumerGroupDescription description = descriptions.get(id);
            groups.add(call(() -> admin.get().listConsumerGroupOffsets(id).partitionsToOffsetAndMetadata())
                    .thenCompose(committed -> endOffsets(committed.keySet()).thenApply(ends -> new GroupDetails(id,
                            description.groupState().toString(), description.members().size(),
                            committed.entrySet().stream().filter(entry -> entry.getValue() != null)
                                    .sorted(Map.Entry.comparingByKey(Comparator.comparing(TopicPartition::topic)
                                            .thenComparing(TopicPartition::partition)))
                                    .map(entry -> offset(entry.getKey(), entry.getValue(), ends)).toList())))
                    .toCompletableFuture());
        }
        return CompletableFuture.allOf(groups.toArray(CompletableFuture[]::new))
                .thenApply(done -> groups.stream().map(CompletableFuture::join).toList());
    }

    private static GroupDetails.GroupOffset offset(TopicPartition partition, OffsetAndMetadata committed,
                                                   Map<TopicPartition, Long> ends) {
        long end = ends.getOrDefault(partition, committed.offset());
        return new GroupDetails.GroupOffset(partition.topic(), partition.partition(), committed.offset(),
                Math.max(0, end - committed.offset()));
    }

    private CompletionStage<List<TopicDetails>> details(Collection<String> names) {
        if (names.isEmpty()) {
            return CompletableFuture.completedFuture(List.of());
        }
        return call(() -> admin.get().describeTopics(names).allTopicNames()).thenCompose(descriptions -> {
            Set<TopicPartition> partitions = descriptions.values().stream()
                    .flatMap(topic -> topic.partitions().stream()
                            .map(partition -> new TopicPartition(topic.name(), partition.partition())))
                    .collect(Collectors.toSet());
            return endOffsets(partitions).thenApply(ends -> descriptions.values().stream()
                    .map(topic -> details(topic, ends)).toList());
        });
    }

    private static TopicDetails details(TopicDescription topic, Map<TopicPartition, Long> ends) {
        List<PartitionDetails> partitions = topic.partitions().stream()
                .sorted(Comparator.comparingInt(TopicPartitionInfo::partition))
                .map(partition -> new PartitionDetails(partition.partition(),
                        partition.leader() == null ? -1 : partition.leader().id(), ids(partition.replicas()),
                        ids(partition.isr()), ends.getOrDefault(new TopicPartition(topic.name(), partition.partition()),
                        0L)))
                .toList();
        int replicationFactor = partitions.isEmpty() ? 0 : partitions.get(0).replicas().size();
        return new TopicDetails(topic.name(), replicationFactor, partitions, Map.of());
    }

    private CompletionStage<Map<TopicPartition, Long>> endOffsets(Set<TopicPartition> partitions) {
        if (partitions.isEmpty()) {
            return CompletableFuture.completedFuture(Map.of());
        }
        Map<TopicPartition, OffsetSpec> latest = partitions.stream()
                .collect(Collectors.toMap(Function.identity(), partition -> OffsetSpec.latest()));
        return call(() -> admin.get().listOffsets(latest).all()).thenApply(offsets -> offsets.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, entry -> entry.getValue().offset())));
    }

    private static List<Integer> ids(List<Node> nodes) {
        return nodes.stream().map(Node::id).toList();
    }

    /** The configs set on the topic itself, not the broker's defaults it inherits. */
    private static Map<String, String> setOnTopic(Config config) {
        Map<String, String> set = new TreeMap<>();
        config.entries().stream().filter(entry -> entry.source() == ConfigEntry.ConfigSource.DYNAMIC_TOPIC_CONFIG)
                .forEach(entry -> set.put(entry.name(), entry.value()));
        return set;
    }

    /** Runs an admin call, with Kafka's refusals turned into MSK's errors. */
    private static <T> CompletableFuture<T> call(Supplier<KafkaFuture<T>> request) {
        CompletableFuture<T> answer = new CompletableFuture<>();
        try {
            request.get().whenComplete((value, error) -> {
                if (error != null) {
                    answer.completeExceptionally(KafkaErrors.translate(error));
                } else {
                    answer.complete(value);
                }
            });
        } catch (RuntimeException e) {
            answer.completeExceptionally(KafkaErrors.translate(e));
        }
        return answer;
    }
}
