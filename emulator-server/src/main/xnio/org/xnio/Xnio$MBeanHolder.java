package org.xnio;

/**
 * Takes the place of XNIO's own holder of the MBean server that its provider, workers and servers register
 * with (the executable jar leaves XNIO's out; on an embedding class path the first one found serves), so that
 * XNIO registers no MBeans. XNIO's holder asks for the JVM's platform MBean server, whose making registers
 * every platform MXBean, about 100 ms of CPU before a server's port can open; and registering XNIO's own
 * MXBeans, even with a server of their own, generates proxies and reflects on their interfaces. Nothing reads
 * those MBeans. XNIO catches any failure of a registration and runs the same without it, as it would without
 * JMX; the holder fails each one at once.
 */
final class Xnio$MBeanHolder {

    private Xnio$MBeanHolder() {
    }

    /** What XNIO's {@code Xnio.register(..)} calls, by the name its compiler gave the accessor. */
    static javax.management.MBeanServer access$000() {
        throw new UnsupportedOperationException("XNIO's MBeans are not registered");
    }
}
