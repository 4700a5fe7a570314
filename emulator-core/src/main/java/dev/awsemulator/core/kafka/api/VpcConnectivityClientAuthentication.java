package dev.awsemulator.core.kafka.api;

public record VpcConnectivityClientAuthentication(VpcConnectivitySasl sasl, VpcConnectivityTls tls) {
}
