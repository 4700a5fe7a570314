package dev.awsemulator.core.kafka.api;

public record KafkaClusterClientAuthentication(KafkaClusterSaslScramAuthentication saslScram) {
}
