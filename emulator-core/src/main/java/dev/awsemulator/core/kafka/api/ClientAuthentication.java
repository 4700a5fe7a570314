package dev.awsemulator.core.kafka.api;

public record ClientAuthentication(Sasl sasl, Tls tls, Unauthenticated unauthenticated) {
}
