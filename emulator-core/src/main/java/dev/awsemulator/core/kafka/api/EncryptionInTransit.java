package dev.awsemulator.core.kafka.api;

public record EncryptionInTransit(String clientBroker, Boolean inCluster) {
}
