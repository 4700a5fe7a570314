package dev.awsemulator.server.config;

import dev.awsemulator.server.faults.FaultSpec;
import dev.awsemulator.server.faults.InvalidFaultException;

/**
 * The config file's {@code faults}: fault rules, each a {@link FaultSpec}, added after every resource of the
 * file was created (so they may name them) and again after each reset. A rule the emulator refuses (an unknown
 * operation, an error it cannot return, a resource that does not exist) is refused like a bad resource.
 */
public final class FaultsConfig {

    public static final ConfigSection<FaultSpec> FAULTS = new Faults();

    private FaultsConfig() {
    }

    private static final class Faults implements ConfigSection<FaultSpec> {

        @Override
        public String key() {
            return "faults";
        }

        @Override
        public Class<FaultSpec> entryType() {
            return FaultSpec.class;
        }

        @Override
        public String describe(FaultSpec fault) {
            return "\"" + fault.service() + " " + fault.operation() + "\"";
        }

        @Override
        public String create(FaultSpec fault, ConfigTarget target) {
            try {
                target.faults().add(fault.toFault(), fault.scope(target.caller()));
            } catch (InvalidFaultException e) {
                throw new ConfigException(e.getMessage(), e);
            }
            return null;
        }
    }
}
