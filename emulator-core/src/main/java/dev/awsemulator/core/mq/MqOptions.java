package dev.awsemulator.core.mq;

import java.time.Duration;

/**
 * Amazon MQ's options.
 *
 * @param transitionDelay how long a broker stays {@code CREATION_IN_PROGRESS}, {@code REBOOT_IN_PROGRESS} or
 *                        {@code DELETION_IN_PROGRESS} after its runtime is ready, on the emulator's clock;
 *                        zero (the default) ends each as soon as the broker is ready
 * @param host            the address brokers listen on (the server's own)
 */
public record MqOptions(Duration transitionDelay, String host) {

    public static final MqOptions DEFAULTS = new MqOptions(Duration.ZERO, "127.0.0.1");

    public MqOptions {
        if (transitionDelay == null || transitionDelay.isNegative()) {
            throw new IllegalArgumentException("transitionDelay must be zero or positive, was " + transitionDelay);
        }
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("host is required");
        }
    }

    public MqOptions withTransitionDelay(Duration delay) {
        return new MqOptions(delay, host);
    }

    public MqOptions withHost(String brokerHost) {
        return new MqOptions(transitionDelay, brokerHost);
    }
}
