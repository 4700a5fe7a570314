package dev.awsemulator.core.kafka.brokers;

/** An address a client connects to: a host name or literal IP address, and a port. */
public record HostPort(String host, int port) {

    /** {@code host:port}, with an IPv6 literal in brackets, as Kafka's bootstrap lists write it. */
    @Override
    public String toString() {
        return (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
    }
}
