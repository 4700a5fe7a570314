package dev.awsemulator.core.kafka.api;

import java.util.List;

public record ListClientVpcConnectionsResult(List<ClientVpcConnection> clientVpcConnections, String nextToken) {
}
