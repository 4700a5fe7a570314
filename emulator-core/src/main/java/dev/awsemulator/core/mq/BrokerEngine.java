package dev.awsemulator.core.mq;

/**
 * Runs real brokers of one engine inside the emulator's JVM. Implementations live in optional modules
 * (ActiveMQ Classic, an AMQP 0-9-1 broker for RabbitMQ) and are found with {@link java.util.ServiceLoader}
 * when the first broker of their engine starts, so no broker class loads before.
 */
public interface BrokerEngine {

    /** The engine this runs brokers of. */
    EngineType engineType();

    /**
     * Starts a broker and returns once it accepts connections on every listener it reports. A port of
     * {@link BrokerLaunch#preferredListeners()} is taken again when free (a reboot or a restart keeps
     * clients' addresses); any other listener binds a free port.
     *
     * @throws Exception when the broker cannot start; nothing of it is left running
     */
    RunningBroker start(BrokerLaunch launch) throws Exception;
}
