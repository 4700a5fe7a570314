package dev.awsemulator.core.kafka.api;

public record VpcConnectivitySasl(VpcConnectivityScram scram, VpcConnectivityIam iam) {
}
