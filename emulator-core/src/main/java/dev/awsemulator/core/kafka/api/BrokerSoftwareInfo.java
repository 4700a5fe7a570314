package dev.awsemulator.core.kafka.api;

public record BrokerSoftwareInfo(String configurationArn, Long configurationRevision, String kafkaVersion) {
}
