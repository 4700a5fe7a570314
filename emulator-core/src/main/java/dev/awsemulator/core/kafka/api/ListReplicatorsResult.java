package dev.awsemulator.core.kafka.api;

import java.util.List;

public record ListReplicatorsResult(String nextToken, List<ReplicatorSummary> replicators) {
}
