package dev.awsemulator.server.config;

import dev.awsemulator.core.Emulator;
import dev.awsemulator.core.common.Caller;
import dev.awsemulator.core.service.EmulatedService;
import dev.awsemulator.server.faults.FaultRegistry;

import java.util.Map;

/** Where a section creates its entries: one account and region of one emulator, and what was created so far. */
public final class ConfigTarget {

    private final Emulator emulator;
    private final FaultRegistry faults;
    private final Caller caller;
    private final Map<String, Map<String, String>> arns;

    ConfigTarget(Emulator emulator, FaultRegistry faults, Caller caller, Map<String, Map<String, String>> arns) {
        this.emulator = emulator;
        this.faults = faults;
        this.caller = caller;
        this.arns = arns;
    }

    /** The account and region the resources are created in, as the caller of their operations. */
    public Caller caller() {
        return caller;
    }

    /** The emulator's service of this type, whose operations create the entries. */
    public <S extends EmulatedService> S service(Class<S> type) {
        return emulator.service(type);
    }

    /** The fault rules of the server the config is applied to. */
    public FaultRegistry faults() {
        return faults;
    }

    /**
     * The ARN of the resource named {@code name} that section {@code sectionKey} created in this account,
     * from this config or one applied before it; the check made sure there is one.
     */
    public String arn(String sectionKey, String name) {
        return arns.getOrDefault(sectionKey, Map.of()).get(name);
    }
}
