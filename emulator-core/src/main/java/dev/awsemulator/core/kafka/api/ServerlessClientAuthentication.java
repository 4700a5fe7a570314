package dev.awsemulator.core.kafka.api;

public record ServerlessClientAuthentication(ServerlessSasl sasl) {
}
