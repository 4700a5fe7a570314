package dev.awsemulator.core.kafka.api;

public record LogDelivery(ReplicatorLogDelivery replicatorLogDelivery) {
}
