package dev.awsemulator.core.kafka.api;

public record KafkaClusterSaslScramAuthentication(String mechanism, String secretArn) {
}
