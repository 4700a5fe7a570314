package dev.awsemulator.core.kafka;

import java.time.Duration;
import java.util.Objects;

/**
 * How MSK runs here.
 *
 * @param transitionDelay   the least time a cluster stays {@code CREATING}, {@code UPDATING}, {@code DELETING} or
 *                          {@code REBOOTING_BROKER} and a cluster operation {@code UPDATE_IN_PROGRESS}, on the
 *                          emulator's clock. Zero (the default) ends each as soon as the brokers are done with it
 * @param brokerHost        the address brokers listen on ({@code 0.0.0.0} for every interface, advertised as
 *                          {@code 127.0.0.1}); the dev server sets it to its own {@code --host}
 * @param externalBootstrap null to run brokers in this JVM; otherwise the bootstrap servers of an existing Kafka
 *                          cluster that every MSK cluster stands for (the control plane keeps its own state)
 */
public record KafkaOptions(Duration transitionDelay, String brokerHost, String externalBootstrap) {

    public static final String DEFAULT_BROKER_HOST = "127.0.0.1";
    public static final KafkaOptions DEFAULTS = new KafkaOptions(Duration.ZERO, DEFAULT_BROKER_HOST, null);

    public KafkaOptions {
        Objects.requireNonNull(transitionDelay, "transitionDelay");
        Objects.requireNonNull(brokerHost, "brokerHost");
        if (transitionDelay.isNegative()) {
            throw new IllegalArgumentException("transitionDelay must not be negative: " + transitionDelay);
        }
        if (externalBootstrap != null && externalBootstrap.isBlank()) {
            throw new IllegalArgumentException("externalBootstrap must name at least one host:port");
        }
    }

    public KafkaOptions withTransitionDelay(Duration delay) {
        return new KafkaOptions(delay, brokerHost, externalBootstrap);
    }

    public KafkaOptions withBrokerHost(String host) {
        return new KafkaOptions(transitionDelay, host, externalBootstrap);
    }

    public KafkaOptions withExternalBootstrap(String bootstrapServers) {
        return new KafkaOptions(transitionDelay, brokerHost, bootstrapServers);
    }
}
