package dev.awsemulator.core.kafka.api;

import java.util.List;

public record GetCompatibleKafkaVersionsResult(List<CompatibleKafkaVersion> compatibleKafkaVersions) {
}
