package dev.awsemulator.core.kafka.api;

public record Sasl(Scram scram, Iam iam) {
}
