package dev.awsemulator.server;

import java.lang.management.ManagementFactory;

/**
 * The standalone server's JVM management work, on a background thread from its first moment. XNIO
 * registers each worker with the platform MBean server as Undertow starts, and setting that server up
 * (about 250 classes: JMX, every platform MXBean) sat on the start-up path, about a tenth of the time
 * to the first answer; made here, it overlaps with building the emulator on a machine with a spare
 * core. Then {@link IdleMemoryRelease}, which needs the same classes.
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
