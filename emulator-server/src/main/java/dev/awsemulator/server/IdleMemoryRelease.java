package dev.awsemulator.server;

import com.sun.management.HotSpotDiagnosticMXBean;
import com.sun.management.VMOption;

import java.lang.management.ManagementFactory;

/**
 * Lets the standalone server hand memory back to the system once a burst is over. With default
 * settings the JVM sizes its heap for the busiest moment (up to a quarter of the machine's memory) and
 * keeps it: after queueing 250,000 messages the server stayed at three times its live data. A G1
 * collection every {@value #PERIODIC_GC_MILLIS} ms while idle, and a heap that may keep at most
 * {@value #MAX_FREE_PERCENT} % free after it, return that memory. {@code java -jar} cannot pass JVM
 * flags, but these are "manageable": settable while running. Flags the user set are left alone, and
 * only the standalone server does this: an embedded server must not change its host JVM.
 */
final class IdleMemoryRelease {

    static final long PERIODIC_GC_MILLIS = 10_000;
    static final int MAX_FREE_PERCENT = 30;
    private static final int MIN_FREE_PERCENT = 10;

    private IdleMemoryRelease() {
    }

    /** Applies the settings; slow the first time management is used, so {@link ManagementInBackground} calls it. */
    static void enable() {
        try {
            HotSpotDiagnosticMXBean vm = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
            if (!"true".equals(vm.getVMOption("UseG1GC").getValue())) {
                return;
            }
            // The minimum first: it must never exceed the maximum, and the default minimum (40) would.
            setIfDefault(vm, "MinHeapFreeRatio", MIN_FREE_PERCENT);
            setIfDefault(vm, "MaxHeapFreeRatio", MAX_FREE_PERCENT);
            setIfDefault(vm, "G1PeriodicGCInterval", PERIODIC_GC_MILLIS);
        } catch (RuntimeException e) {
            // Another JVM, or management is not available: the server works the same, with the JVM's sizing.
        }
    }

    private static void setIfDefault(HotSpotDiagnosticMXBean vm, String name, long value) {
        if (vm.getVMOption(name).getOrigin() == VMOption.Origin.DEFAULT) {
            vm.setVMOption(name, Long.toString(value));
        }
    }
}
