package dev.awsemulator.spring;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The JVM's emulators, one per {@link EmulatorDefinition}, each shared by the application contexts that lease
 * it: started by the first lease, stopped when the last one is returned (when the last context using it has
 * closed). At JVM exit, whatever is still running stops once the contexts closing in Spring's shutdown hook
 * have returned their leases, so listener containers never poll a stopped emulator.
 */
final class SharedEmulators {

    /** How long the shutdown hook waits for contexts that still hold a lease (their containers are stopping). */
    private static final long EXIT_WAIT_MILLIS = 30_000;

    private static final Map<EmulatorDefinition, SharedEmulator> RUNNING = new HashMap<>();
    private static boolean hookAdded;

    private SharedEmulators() {
    }

    /** The emulator of this definition, started if none runs; the caller returns the lease with {@link SharedEmulator#release()}. */
    static synchronized SharedEmulator lease(EmulatorDefinition definition) {
        addShutdownHookOnce();
        SharedEmulator shared = RUNNING.computeIfAbsent(definition, SharedEmulator::start);
        shared.leased();
        return shared;
    }

    /** The emulator of this definition if one runs now, without leasing it. */
    static synchronized Optional<SharedEmulator> running(EmulatorDefinition definition) {
        return Optional.ofNullable(RUNNING.get(definition));
    }

    /** A lease came back; the last one stops the emulator. */
    static synchronized void returned(SharedEmulator shared) {
        if (shared.unleased() == 0 && RUNNING.remove(shared.definition(), shared)) {
            shared.stop();
            SharedEmulators.class.notifyAll();
        }
    }

    private static void addShutdownHookOnce() {
        if (!hookAdded) {
            Runtime.getRuntime().addShutdownHook(new Thread(SharedEmulators::stopAllAtExit, "emulators-at-exit"));
            hookAdded = true;
        }
    }

    private static synchronized void stopAllAtExit() {
        long deadline = System.currentTimeMillis() + EXIT_WAIT_MILLIS;
        try {
            for (long left = EXIT_WAIT_MILLIS; !RUNNING.isEmpty() && left > 0; left = deadline - System.currentTimeMillis()) {
                SharedEmulators.class.wait(left);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        RUNNING.values().forEach(SharedEmulator::stop);
        RUNNING.clear();
    }
}
