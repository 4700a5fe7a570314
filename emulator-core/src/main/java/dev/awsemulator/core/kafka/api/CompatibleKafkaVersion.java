package dev.awsemulator.core.kafka.api;

import java.util.List;

public record CompatibleKafkaVersion(String sourceVersion, List<String> targetVersions) {
}
