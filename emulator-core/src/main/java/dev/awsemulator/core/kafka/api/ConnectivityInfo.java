package dev.awsemulator.core.kafka.api;

public record ConnectivityInfo(PublicAccess publicAccess, VpcConnectivity vpcConnectivity, String networkType) {
}
