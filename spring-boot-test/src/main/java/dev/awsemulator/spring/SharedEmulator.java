package dev.awsemulator.spring;

import dev.awsemulator.junit.AwsEmulatorExtension;

/**
 * One running emulator, the contexts leasing it, and the gate its SDK calls from those contexts pass, so that
 * a reset is one step for them.
 */
final class SharedEmulator {

    private final EmulatorDefinition definition;
    private final AwsEmulatorExtension emulator;
    private final RequestGate gate = new RequestGate();
    private int leases;

    private SharedEmulator(EmulatorDefinition definition, AwsEmulatorExtension emulator) {
        this.definition = definition;
        this.emulator = emulator;
    }

    static SharedEmulator start(EmulatorDefinition definition) {
        return new SharedEmulator(definition, definition.start());
    }

    EmulatorDefinition definition() {
        return definition;
    }

    /** The handle the contexts get as a bean. */
    AwsEmulatorExtension handle() {
        return emulator;
    }

    RequestGate gate() {
        return gate;
    }

    /**
     * Deletes every resource and re-creates the declared ones, empty, while the contexts' SDK calls wait at the
     * gate: a listener container whose long poll the reset ends polls again only once the queue exists again.
     */
    void reset() {
        gate.closeWhile(emulator::reset, queueName -> emulator.inspect().waitingReceives(queueName));
    }

    /** Gives the lease back; see {@link SharedEmulators#returned}. */
    void release() {
        SharedEmulators.returned(this);
    }

    // ---- lease counting, under SharedEmulators' lock ----

    void leased() {
        leases++;
    }

    int unleased() {
        return --leases;
    }

    void stop() {
        emulator.close();
    }
}
