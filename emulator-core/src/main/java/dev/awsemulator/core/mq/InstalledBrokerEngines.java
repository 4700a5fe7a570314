package dev.awsemulator.core.mq;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * The {@link BrokerEngine}s on the class path, found with {@link ServiceLoader} on the first lookup, not
 * before: an emulator that never starts a broker loads no broker class.
 */
public final class InstalledBrokerEngines implements BrokerEngines {

    private Map<EngineType, BrokerEngine> engines;

    @Override
    public synchronized Optional<BrokerEngine> engine(EngineType type) {
        if (engines == null) {
            engines = new EnumMap<>(EngineType.class);
            for (BrokerEngine engine : ServiceLoader.load(BrokerEngine.class, BrokerEngine.class.getClassLoader())) {
                engines.putIfAbsent(engine.engineType(), engine);
            }
        }
        return Optional.ofNullable(engines.get(type));
    }
}
