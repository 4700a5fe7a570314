package dev.awsemulator.core.mq;

import java.util.List;
import java.util.Optional;

/**
 * A broker as tools see it (the dashboard, tests): where it listens, TLS and plaintext, what its runtime
 * holds, and why it failed if it did.
 *
 * @param host         the host its listeners are reached at
 * @param listeners    empty while the broker has not started, and for an engine with no runtime installed
 * @param users        the users it lets in now
 * @param failure      why its runtime could not start, or null
 */
public record BrokerOverview(String accountId, String region, String brokerId, String brokerName, String brokerArn,
                             EngineType engineType, String engineVersion, String state, String deploymentMode,
                             String host, List<BrokerListener> listeners, List<DestinationStats> destinations,
                             List<String> users, String failure) {

    /** The endpoint of {@code protocol}, as {@code scheme://host:port}, if the broker listens for it. */
    public Optional<String> endpoint(BrokerProtocol protocol, boolean tls) {
        return listeners.stream().filter(listener -> listener.protocol() == protocol && listener.tls() == tls)
                .findFirst().map(listener -> protocol.scheme(tls) + "://" + hostForUri() + ":" + listener.port());
    }

    private String hostForUri() {
        return host.contains(":") ? "[" + host + "]" : host;
    }
}
