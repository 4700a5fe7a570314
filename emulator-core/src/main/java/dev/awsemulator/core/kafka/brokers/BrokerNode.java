package dev.awsemulator.core.kafka.brokers;

import java.util.Map;

/** One broker of a running cluster: its id, and the address clients reach each of its listeners at. */
public record BrokerNode(int id, Map<Listener, HostPort> endpoints) {

    public BrokerNode {
        endpoints = Map.copyOf(endpoints);
    }
}
