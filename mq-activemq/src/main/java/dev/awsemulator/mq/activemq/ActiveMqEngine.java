package dev.awsemulator.mq.activemq;

import dev.awsemulator.core.mq.BrokerCredentials;
import dev.awsemulator.core.mq.BrokerEngine;
import dev.awsemulator.core.mq.BrokerLaunch;
import dev.awsemulator.core.mq.BrokerListener;
import dev.awsemulator.core.mq.BrokerProtocol;
import dev.awsemulator.core.mq.EngineType;
import dev.awsemulator.core.mq.RunningBroker;
import org.apache.activemq.broker.BrokerPlugin;
import org.apache.activemq.broker.BrokerService;
import org.apache.activemq.broker.SslContext;
import org.apache.activemq.broker.TransportConnector;
import org.apache.activemq.security.AuthenticationUser;
import org.apache.activemq.security.SimpleAuthenticationPlugin;
import org.apache.activemq.store.kahadb.KahaDBPersistenceAdapter;

import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Amazon MQ's ActiveMQ engine: an Apache ActiveMQ Classic {@link BrokerService} per broker, with the
 * transports Amazon MQ offers (OpenWire, AMQP 1.0, STOMP, MQTT over TLS, and WebSocket through a bridge),
 * each with a plaintext twin. Users log in with ActiveMQ's simple authentication; anonymous clients are
 * refused. The broker's configuration XML is applied by {@link ConfigurationMapper}. With a persistent
 * storage, messages are kept in KahaDB under it.
 */
public final class ActiveMqEngine implements BrokerEngine {

    /**
     * ActiveMQ's broker registers Bouncy Castle as a security provider of the whole JVM when it finds it on
     * the class path (the RabbitMQ engine's Qpid brings it). The brokers need nothing of it (the JDK serves
     * their TLS), the user's JVM should not change under them, and setting it up costs a second of CPU on
     * a cold JVM; so unless the user decided otherwise, it is not added.
     */
    private static final String BOUNCY_CASTLE_NOT_ADDED = "org.apache.activemq.broker.BouncyCastleNotAdded";

    static {
        if (System.getProperty(BOUNCY_CASTLE_NOT_ADDED) == null) {
            System.setProperty(BOUNCY_CASTLE_NOT_ADDED, "true");
        }
    }

    /** The ActiveMQ transport scheme of each protocol's listener, TLS first. */
    private static final Map<BrokerProtocol, String[]> SCHEMES = Map.of(
            BrokerProtocol.OPENWIRE, new String[] {"ssl", "tcp"},
            BrokerProtocol.AMQP, new String[] {"amqp+ssl", "amqp"},
            BrokerProtocol.STOMP, new String[] {"stomp+ssl", "stomp"},
            BrokerProtocol.MQTT, new String[] {"mqtt+ssl", "mqtt"});

    @Override
    public EngineType engineType() {
        return EngineType.ACTIVEMQ;
    }

    @Override
    public RunningBroker start(BrokerLaunch launch) throws Exception {
        Path directory = launch.storage().directory(launch.directoryNames());
        BrokerService broker = new BrokerService();
        broker.setBrokerName(launch.brokerId());
        broker.setUseJmx(false);
        broker.setUseShutdownHook(false);
        broker.setDataDirectoryFile(directory.toFile());
        broker.setTmpDataDirectory(directory.resolve("tmp").toFile());
        broker.setPersistent(launch.storage().persistent());
        if (launch.storage().persistent()) {
            KahaDBPersistenceAdapter store = new KahaDBPersistenceAdapter();
            store.setDirectory(directory.resolve("kahadb").toFile());
            broker.setPersistenceAdapter(store);
        }
        broker.setSslContext(new SslContext(launch.tls().keyManagers(), launch.tls().trustManagers(),
                new SecureRandom()));
        List<BrokerPlugin> plugins = new ArrayList<>();
        plugins.add(authentication(launch.users()));
        if (launch.configuration() != null) {
            plugins.addAll(ConfigurationMapper.apply(launch.configuration(), broker));
        }
        broker.setPlugins(plugins.toArray(BrokerPlugin[]::new));

        Map<BrokerListener, TransportConnector> connectors = new LinkedHashMap<>();
        for (Map.Entry<BrokerProtocol, String[]> protocol : SCHEMES.entrySet()) {
            for (boolean tls : new boolean[] {true, false}) {
                String scheme = protocol.getValue()[tls ? 0 : 1];
                int port = launch.portToBind(protocol.getKey(), tls);
                TransportConnector connector = broker.addConnector(
                        new URI(scheme + "://" + hostForUri(launch.host()) + ":" + port + options(scheme)));
                connector.setName(scheme);
                connectors.put(new BrokerListener(protocol.getKey(), tls, 0), connector);
            }
        }
        try {
            broker.start();
            broker.waitUntilStarted();
            List<BrokerListener> listeners = new ArrayList<>();
            for (Map.Entry<BrokerListener, TransportConnector> bound : connectors.entrySet()) {
                InetSocketAddress address = bound.getValue().getServer().getSocketAddress();
                listeners.add(new BrokerListener(bound.getKey().protocol(), bound.getKey().tls(), address.getPort()));
            }
            WebSocketBridge bridge = WebSocketBridge.start(launch.host(),
                    launch.portToBind(BrokerProtocol.WEBSOCKET, true),
                    launch.portToBind(BrokerProtocol.WEBSOCKET, false),
                    launch.tls().sslContext(), port(listeners, BrokerProtocol.STOMP), port(listeners, BrokerProtocol.MQTT));
            listeners.add(new BrokerListener(BrokerProtocol.WEBSOCKET, true, bridge.tlsPort()));
            listeners.add(new BrokerListener(BrokerProtocol.WEBSOCKET, false, bridge.plainPort()));
            return new ActiveMqBroker(broker, bridge, listeners);
        } catch (Exception | LinkageError e) {
            broker.stop();
            broker.waitUntilStopped();
            throw e;
        }
    }

    private static SimpleAuthenticationPlugin authentication(List<BrokerCredentials> users) {
        List<AuthenticationUser> accounts = users.stream()
                .map(user -> new AuthenticationUser(user.username(), user.password(), String.join(",", user.groups())))
                .toList();
        SimpleAuthenticationPlugin plugin = new SimpleAuthenticationPlugin(accounts);
        plugin.setAnonymousAccessAllowed(false);
        return plugin;
    }

    /** Connections go quiet without closing on a laptop that sleeps; MQTT and STOMP keep their own heart-beats. */
    private static String options(String scheme) {
        return scheme.startsWith("ssl") || scheme.startsWith("tcp") ? "" : "?transport.defaultKeepAlive=60000";
    }


    static String hostForUri(String host) {
        return host.contains(":") ? "[" + host + "]" : host;
    }

    private static int port(List<BrokerListener> listeners, BrokerProtocol protocol) {
        return listeners.stream().filter(listener -> listener.protocol() == protocol && !listener.tls())
                .mapToInt(BrokerListener::port).findFirst().orElseThrow();
    }
}
