package dev.awsemulator.server;

import java.lang.management.ManagementFactory;

/**
 * The standalone server's JVM management work, on a background thread from its first moment. XNIO
 * registers each worker with the platform MBean server as Undertow starts, and setting that server up
 * (JMX, every platform MXBean) would sit on the start-up path; made here, it overlaps with building
 * the emulator on a machine with a spare core. Then {@link IdleMemoryRelease}, which needs the same
 * classes.
 */
final class ManagementInBackground {

    private ManagementInBackground() {
    }

    static void start() {
        Thread thread = new Thread(() -> {
            ManagementFactory.getPlatformMBeanServer();
            IdleMemoryRelease.enable();
        }, "management-set-up");
        thread.setDaemon(true);
        thread.start();
    }
}
