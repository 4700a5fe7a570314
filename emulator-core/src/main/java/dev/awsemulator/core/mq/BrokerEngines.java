package dev.awsemulator.core.mq;

import java.util.Optional;

/**
 * The port through which Amazon MQ finds the runtime of an engine. By default the runtimes installed on
 * the class path ({@link InstalledBrokerEngines}); an emulator's builder may bind another (a test double,
 * or a front for brokers elsewhere).
 */
@FunctionalInterface
public interface BrokerEngines {

    /** The runtime of {@code type}, or empty when none is installed: such brokers are control plane only. */
    Optional<BrokerEngine> engine(EngineType type);
}
