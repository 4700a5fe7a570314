package dev.awsemulator.core.mq;

import java.util.Arrays;
import java.util.List;

/**
 * A wire protocol a broker serves, with the scheme Amazon MQ lists its TLS endpoint under and the scheme
 * of the emulator's plaintext twin of it, for clients that skip TLS. Listed in AWS's endpoint order.
 */
public enum BrokerProtocol {
    OPENWIRE(EngineType.ACTIVEMQ, "ssl", "tcp"),
    AMQP(EngineType.ACTIVEMQ, "amqp+ssl", "amqp"),
    STOMP(EngineType.ACTIVEMQ, "stomp+ssl", "stomp"),
    MQTT(EngineType.ACTIVEMQ, "mqtt+ssl", "mqtt"),
    WEBSOCKET(EngineType.ACTIVEMQ, "wss", "ws"),
    AMQP_0_9_1(EngineType.RABBITMQ, "amqps", "amqp");

    private final EngineType engine;
    private final String tlsScheme;
    private final String plainScheme;

    BrokerProtocol(EngineType engine, String tlsScheme, String plainScheme) {
        this.engine = engine;
        this.tlsScheme = tlsScheme;
        this.plainScheme = plainScheme;
    }

    /** The protocols of one engine, in AWS's endpoint order. */
    public static List<BrokerProtocol> of(EngineType engine) {
        return Arrays.stream(values()).filter(protocol -> protocol.engine == engine).toList();
    }

    public EngineType engine() {
        return engine;
    }

    /** The scheme of {@code DescribeBroker}'s endpoint: {@code ssl}, {@code amqp+ssl}, ... */
    public String tlsScheme() {
        return tlsScheme;
    }

    /** The scheme of the plaintext twin: {@code tcp}, {@code amqp}, ... */
    public String plainScheme() {
        return plainScheme;
    }

    public String scheme(boolean tls) {
        return tls ? tlsScheme : plainScheme;
    }
}
