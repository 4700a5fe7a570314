package dev.awsemulator.core.kafka.brokers;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;

/**
 * A cluster's topics and consumer groups, read and changed through Kafka's admin API. Kafka's refusals come
 * back as MSK's errors ({@code TopicExistsException}, {@code UnknownTopicOrPartitionException}, ...).
 */
public interface KafkaTopics {

    CompletionStage<Void> create(String topic, int partitions, int replicationFactor, Map<String, String> configs);

    /** Raises the partition count when {@code partitions} is not null, then sets {@code configs} on the topic. */
    CompletionStage<Void> update(String topic, Integer partitions, Map<String, String> configs);

    CompletionStage<Void> delete(String topic);

    /** Every topic but Kafka's internal ones, by name, without their configs. */
    CompletionStage<List<TopicDetails>> list();

    /** One topic with its configs; fails with {@code UnknownTopicOrPartitionException} if there is none. */
    CompletionStage<TopicDetails> describe(String topic);

    /** Every consumer group with its committed offsets and their lag behind the partitions' end offsets. */
    CompletionStage<List<GroupDetails>> groups();
}
