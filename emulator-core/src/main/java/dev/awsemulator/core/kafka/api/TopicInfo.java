package dev.awsemulator.core.kafka.api;

public record TopicInfo(String topicArn, String topicName, Integer replicationFactor, Integer partitionCount, Integer outOfSyncReplicaCount) {
}
