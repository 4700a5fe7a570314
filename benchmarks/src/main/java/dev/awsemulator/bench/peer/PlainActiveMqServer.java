package dev.awsemulator.bench.peer;

import org.apache.activemq.broker.BrokerPlugin;
import org.apache.activemq.broker.BrokerService;
import org.apache.activemq.security.AuthenticationUser;
import org.apache.activemq.security.SimpleAuthenticationPlugin;

import java.util.List;

/**
 * A plain embedded ActiveMQ Classic broker as a standalone process: {@code java -cp <benchmarks classpath>
 * ...PlainActiveMqServer PORT USER PASSWORD}. Set up as the emulator sets up an Amazon MQ broker without a
 * data directory (no JMX, no persistence, simple authentication with one user), with only the OpenWire
 * listener the comparison uses. Prints one line once it listens, then serves until SIGTERM.
 */
public final class PlainActiveMqServer {

    private PlainActiveMqServer() {
    }

    /** The version on the classpath, from its jar's manifest (the root POM manages it). */
    public static String version() {
        return BrokerService.class.getPackage().getImplementationVersion();
    }

    public static void main(String[] args) throws Exception {
        BrokerService broker = new BrokerService();
        broker.setBrokerName("plain");
        broker.setUseJmx(false);
        broker.setPersistent(false);
        SimpleAuthenticationPlugin authentication = new SimpleAuthenticationPlugin(
                List.of(new AuthenticationUser(args[1], args[2], "")));
        authentication.setAnonymousAccessAllowed(false);
        broker.setPlugins(new BrokerPlugin[] {authentication});
        broker.addConnector("tcp://127.0.0.1:" + args[0]);
        broker.start();
        broker.waitUntilStarted();
        System.out.println("ActiveMQ " + version() + " listening on 127.0.0.1:" + args[0]);
        // The broker's threads are daemons: the JVM would end with main. SIGTERM ends it.
        broker.waitUntilStopped();
    }
}
