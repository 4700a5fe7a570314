package dev.awsemulator.core.kafka.api;

import java.util.List;

public record ListVpcConnectionsResult(List<VpcConnection> vpcConnections, String nextToken) {
}
