package dev.awsemulator.server.config;

import dev.awsemulator.core.Emulator;
import dev.awsemulator.core.common.AwsException;
import dev.awsemulator.core.common.Caller;
import dev.awsemulator.server.faults.FaultRegistry;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Creates configs' resources in one account and region through the services' public operations, as API
 * calls would, so a bad attribute is refused with AWS's own error, prefixed with the entry it came from.
 * Configs applied one after another by the same applier may reference each other's resources, as a test's
 * declarations reference the config file's.
 */
public final class ConfigApplier {

    private final Emulator emulator;
    private final FaultRegistry faults;
    private final Caller caller;
    private final Map<String, Map<String, String>> arns = new HashMap<>();

    /**
     * An applier that creates resources as {@code caller}: in its account and region, through its endpoint; and
     * adds fault rules to {@code faults}, for that account's calls.
     */
    public ConfigApplier(Emulator emulator, FaultRegistry faults, Caller caller) {
        this.emulator = emulator;
        this.faults = faults;
        this.caller = caller;
    }

    /** Creates every resource of {@code config}, section by section. */
    public void apply(EmulatorConfig config) {
        ConfigTarget target = new ConfigTarget(emulator, faults, caller, arns);
        config.sections().forEach(section -> create(section, config, target));
    }

    private <E> void create(ConfigSection<E> section, EmulatorConfig config, ConfigTarget target) {
        List<E> entries = config.entries(section);
        Map<E, Integer> positions = new IdentityHashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            positions.put(entries.get(i), i);
        }
        for (E entry : section.creationOrder(entries)) {
            String label = section.key() + "[" + positions.get(entry) + "] " + section.describe(entry) + ": ";
            try {
                String arn = section.create(entry, target);
                if (section.named()) {
                    arns.computeIfAbsent(section.key(), key -> new HashMap<>()).put(section.name(entry), arn);
                }
            } catch (AwsException e) {
                throw new ConfigException(label + e.errorCode().code() + ": " + e.getMessage(), e);
            } catch (ConfigException e) {
                throw new ConfigException(label + e.getMessage(), e);
            }
        }
    }
}
