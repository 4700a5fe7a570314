package dev.awsemulator.core.kafka;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import dev.awsemulator.core.common.Caller;
import dev.awsemulator.core.common.JsonDocuments;
import dev.awsemulator.core.common.Page;
import dev.awsemulator.core.kafka.api.CreateTopicRequest;
import dev.awsemulator.core.kafka.api.CreateTopicResult;
import dev.awsemulator.core.kafka.api.DeleteTopicRequest;
import dev.awsemulator.core.kafka.api.DeleteTopicResult;
import dev.awsemulator.core.kafka.api.DescribeTopicPartitionsRequest;
import dev.awsemulator.core.kafka.api.DescribeTopicPartitionsResult;
import dev.awsemulator.core.kafka.api.DescribeTopicRequest;
import dev.awsemulator.core.kafka.api.DescribeTopicResult;
import dev.awsemulator.core.kafka.api.ListTopicsRequest;
import dev.awsemulator.core.kafka.api.ListTopicsResult;
import dev.awsemulator.core.kafka.api.TopicInfo;
import dev.awsemulator.core.kafka.api.TopicPartitionInfo;
import dev.awsemulator.core.kafka.api.UpdateTopicRequest;
import dev.awsemulator.core.kafka.api.UpdateTopicResult;
import dev.awsemulator.core.kafka.brokers.KafkaTopics;
import dev.awsemulator.core.kafka.brokers.PartitionDetails;
import dev.awsemulator.core.kafka.brokers.RunningCluster;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletionStage;
import java.util.regex.Pattern;

/**
 * MSK's topic operations, answered by the cluster's brokers through Kafka's admin API. Topic configs travel
 * as Base64 of a JSON object of Kafka topic properties. A cluster whose brokers do not serve (yet) answers
 * {@code ClusterConnectivityException}, as AWS does when it cannot reach them.
 */
final class Topics {

    private static final Pattern TOPIC_NAME = Pattern.compile("[a-zA-Z0-9._-]{1,249}");

    private final ClusterRegistry clusters;

    Topics(ClusterRegistry clusters) {
        this.clusters = clusters;
    }

    CompletionStage<CreateTopicResult> create(Caller caller, CreateTopicRequest request) {
        MskCluster cluster = clusters.find(caller, request.clusterArn());
        String name = topicName(request.topicName());
        int partitions = Checks.required(request.partitionCount(), "partitionCount");
        int replicationFactor = Checks.required(request.replicationFactor(), "replicationFactor");
        Checks.range(partitions, 1, 100_000, "partitionCount");
        Checks.range(replicationFactor, 1, cluster.brokerCount(), "replicationFactor");
        Map<String, String> configs = configs(request.configs());
        return topics(cluster).create(name, partitions, replicationFactor, configs)
                .thenApply(done -> new CreateTopicResult(KafkaArns.topic(cluster.arn, name), name, "CREATING"));
    }

    CompletionStage<UpdateTopicResult> update(Caller caller, UpdateTopicRequest request) {
        MskCluster cluster = clusters.find(caller, request.clusterArn());
        String name = topicName(request.topicName());
        Checks.range(request.partitionCount(), 1, 100_000, "partitionCount");
        Map<String, String> configs = configs(request.configs());
        return topics(cluster).update(name, request.partitionCount(), configs)
                .thenApply(done -> new UpdateTopicResult(KafkaArns.topic(cluster.arn, name), name, "UPDATING"));
    }

    CompletionStage<DeleteTopicResult> delete(Caller caller, DeleteTopicRequest request) {
        MskCluster cluster = clusters.find(caller, request.clusterArn());
        String name = topicName(request.topicName());
        return topics(cluster).delete(name)
                .thenApply(done -> new DeleteTopicResult(KafkaArns.topic(cluster.arn, name), name, "DELETING"));
    }

    CompletionStage<DescribeTopicResult> describe(Caller caller, DescribeTopicRequest request) {
        MskCluster cluster = clusters.find(caller, request.clusterArn());
        String name = topicName(request.topicName());
        return topics(cluster).describe(name).thenApply(topic -> new DescribeTopicResult(
                KafkaArns.topic(cluster.arn, name), name, topic.replicationFactor(), topic.partitions().size(),
                encode(topic.configs()), "ACTIVE"));
    }

    CompletionStage<DescribeTopicPartitionsResult> partitions(Caller caller, DescribeTopicPartitionsRequest request) {
        MskCluster cluster = clusters.find(caller, request.clusterArn());
        String name = topicName(request.topicName());
        Checks.maxResults(request.maxResults(), Pages.DEFAULT_SIZE);
        return topics(cluster).describe(name).thenApply(topic -> {
            Page<PartitionDetails> page = Pages.page(topic.partitions(),
                    partition -> String.format("%06d", partition.partition()), request.maxResults(),
                    request.nextToken());
            return new DescribeTopicPartitionsResult(page.items().stream().map(partition -> new TopicPartitionInfo(
                    partition.partition(), partition.leader(), partition.replicas(), partition.isr())).toList(),
                    page.nextToken());
        });
    }

    CompletionStage<ListTopicsResult> list(Caller caller, ListTopicsRequest request) {
        MskCluster cluster = clusters.find(caller, request.clusterArn());
        Checks.maxResults(request.maxResults(), Pages.DEFAULT_SIZE);
        return topics(cluster).list().thenApply(all -> {
            List<TopicInfo> matching = all.stream()
                    .filter(topic -> request.topicNameFilter() == null
                            || topic.name().startsWith(request.topicNameFilter()))
                    .map(topic -> new TopicInfo(KafkaArns.topic(cluster.arn, topic.name()), topic.name(),
                            topic.replicationFactor(), topic.partitions().size(), topic.outOfSyncReplicas()))
                    .toList();
            Page<TopicInfo> page = Pages.page(matching, TopicInfo::topicName, request.maxResults(),
                    request.nextToken());
            return new ListTopicsResult(page.items(), page.nextToken());
        });
    }

    private static KafkaTopics topics(MskCluster cluster) {
        RunningCluster running;
        String state;
        synchronized (cluster) {
            running = cluster.running;
            state = cluster.state;
        }
        if (running == null || ClusterLifecycle.DELETING.equals(state)) {
            throw KafkaError.CLUSTER_CONNECTIVITY.exception("The brokers of cluster " + cluster.arn
                    + " can't be reached: the cluster is " + state + ".", "clusterArn");
        }
        return running.topics();
    }

    private static String topicName(String name) {
        Checks.required(name, "topicName");
        if (!TOPIC_NAME.matcher(name).matches() || name.equals(".") || name.equals("..")) {
            throw KafkaError.BAD_REQUEST.exception("The topic name " + name + " is not valid. Use 1 to 249 letters,"
                    + " digits, periods, underscores and hyphens.", "topicName");
        }
        return name;
    }

    /** Base64 of a JSON object of topic properties; absent means none. */
    private static Map<String, String> configs(String encoded) {
        if (encoded == null || encoded.isEmpty()) {
            return Map.of();
        }
        try {
            String json = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
            return JsonDocuments.MAPPER.readValue(json, new TypeReference<TreeMap<String, String>>() { });
        } catch (IllegalArgumentException | JsonProcessingException e) {
            throw KafkaError.BAD_REQUEST.exception("The configs must be Base64 of a JSON object of topic"
                    + " properties and their values.", "configs");
        }
    }

    private static String encode(Map<String, String> configs) {
        try {
            return Base64.getEncoder().encodeToString(JsonDocuments.MAPPER.writeValueAsString(new TreeMap<>(configs))
                    .getBytes(StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a map of strings always writes as JSON", e);
        }
    }
}
