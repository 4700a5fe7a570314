package dev.awsemulator.server;

import com.sun.management.GarbageCollectionNotificationInfo;
import com.sun.management.HotSpotDiagnosticMXBean;
import com.sun.management.VMOption;

import javax.management.JMException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.ObjectName;
import javax.management.openmbean.CompositeData;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Lets the standalone server hand memory back to the system once a burst is over. With default
 * settings the JVM sizes its heap for the busiest moment (up to a quarter of the machine's memory) and
 * keeps it, several times the live data after a large backlog. A G1 collection every
 * {@value #PERIODIC_GC_MILLIS} ms while idle, and a heap that may keep at most {@value #MAX_FREE_PERCENT} %
 * free after it, return that memory. G1 grows the heap again from its pause times as soon as work comes
 * back. {@code java -jar} cannot pass JVM flags, but these are "manageable": settable while running.
 * Flags the user set are left alone, and only the standalone server does this: an embedded server must
 * not change its host JVM.
 * <p>
 * G1 checks for idleness once per interval and collects when the last collection is at least an
 * interval old, so the collection comes one to two intervals after the burst: {@value #PERIODIC_GC_MILLIS}
 * ms makes it within 10 s. Each such collection also asks the C library to return the memory its
 * allocator keeps after frees, such as the JIT compiler's arenas from compiling the burst's code,
 * which glibc otherwise keeps resident. The figures: benchmarks/README.md, "Memory per queued SQS
 * message".
 */
final class IdleMemoryRelease {

    static final long PERIODIC_GC_MILLIS = 5_000;
    private static final int AFTER_START_UP_SECONDS = 10;
    static final int MAX_FREE_PERCENT = 10;
    private static final int MIN_FREE_PERCENT = 5;
    private static final String PERIODIC_GC_CAUSE = "G1 Periodic Collection";

    private IdleMemoryRelease() {
    }

    /**
     * Applies the settings {@value #AFTER_START_UP_SECONDS} s after the start, off the caller's thread: setting up
     * the JVM's management costs about 50 ms of CPU, which the first requests would otherwise wait for on a small
     * machine, and memory is only worth releasing after a burst. Later than the build's training runs of the jar
     * take, too: a JVM writing its class archive at exit can crash while another thread loads classes.
     */
    static void enableAfterStartUp() {
        CompletableFuture.runAsync(IdleMemoryRelease::enable,
                CompletableFuture.delayedExecutor(AFTER_START_UP_SECONDS, TimeUnit.SECONDS));
    }

    private static void enable() {
        try {
            HotSpotDiagnosticMXBean vm = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
            if (!"true".equals(vm.getVMOption("UseG1GC").getValue())) {
                return;
            }
            // The minimum first: it must never exceed the maximum, and the default minimum (40) would.
            setIfDefault(vm, "MinHeapFreeRatio", MIN_FREE_PERCENT);
            setIfDefault(vm, "MaxHeapFreeRatio", MAX_FREE_PERCENT);
            setIfDefault(vm, "G1PeriodicGCInterval", PERIODIC_GC_MILLIS);
            trimNativeHeapAfterPeriodicCollections();
        } catch (RuntimeException e) {
            // Another JVM, or management is not available: the server works the same, with the JVM's sizing.
        }
    }

    private static void setIfDefault(HotSpotDiagnosticMXBean vm, String name, long value) {
        if (vm.getVMOption(name).getOrigin() == VMOption.Origin.DEFAULT) {
            vm.setVMOption(name, Long.toString(value));
        }
    }

    private static void trimNativeHeapAfterPeriodicCollections() {
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (collector instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener((notification, handback) -> {
                    if (periodic(notification)) {
                        trimNativeHeap();
                    }
                }, null, null);
            }
        }
    }

    private static boolean periodic(Notification notification) {
        return GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())
                && PERIODIC_GC_CAUSE.equals(GarbageCollectionNotificationInfo
                .from((CompositeData) notification.getUserData()).getGcCause());
    }

    /** {@code jcmd System.trim_native_heap}, from inside: malloc_trim on glibc, a no-op elsewhere. */
    private static void trimNativeHeap() {
        try {
            ManagementFactory.getPlatformMBeanServer().invoke(new ObjectName("com.sun.management:type=DiagnosticCommand"),
                    "systemTrimNativeHeap", new Object[] {new String[0]}, new String[] {String[].class.getName()});
        } catch (JMException e) {
            // A JVM without the command (before 17.0.9): the allocator keeps what it keeps.
        }
    }
}
