package dev.awsemulator.core.mq;

import dev.awsemulator.core.service.RuntimeLibraries;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The {@link BrokerEngine}s that the emulator's {@link RuntimeLibraries} provide, found on the first lookup, not
 * before: an emulator that never starts a broker loads no broker class.
 */
public final class InstalledBrokerEngines implements BrokerEngines {

    private final Supplier<RuntimeLibraries> libraries;
    private Map<EngineType, BrokerEngine> engines;

    public InstalledBrokerEngines(Supplier<RuntimeLibraries> libraries) {
        this.libraries = libraries;
    }

    @Override
    public synchronized Optional<BrokerEngine> engine(EngineType type) {
        if (engines == null) {
            engines = new EnumMap<>(EngineType.class);
            for (BrokerEngine engine : libraries.get().implementations(BrokerEngine.class)) {
                engines.putIfAbsent(engine.engineType(), engine);
            }
        }
        return Optional.ofNullable(engines.get(type));
    }
}
