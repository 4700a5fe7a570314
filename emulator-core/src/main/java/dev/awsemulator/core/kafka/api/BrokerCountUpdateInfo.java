package dev.awsemulator.core.kafka.api;

import java.util.List;

public record BrokerCountUpdateInfo(List<Double> createdBrokerIds, List<Double> deletedBrokerIds) {
}
