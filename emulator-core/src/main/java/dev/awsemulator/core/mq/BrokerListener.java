package dev.awsemulator.core.mq;

/** One port a running broker listens on: a protocol, over TLS or in plaintext. */
public record BrokerListener(BrokerProtocol protocol, boolean tls, int port) {
}
