package dev.awsemulator.core.kafka.api;

import java.util.List;

public record ListKafkaVersionsResult(List<KafkaVersion> kafkaVersions, String nextToken) {
}
