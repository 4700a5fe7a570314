package dev.awsemulator.core.kafka.api;

public record VpcConnectivity(VpcConnectivityClientAuthentication clientAuthentication) {
}
