package dev.awsemulator.mq.rabbitmq;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.awsemulator.core.mq.BrokerEngine;
import dev.awsemulator.core.mq.BrokerLaunch;
import dev.awsemulator.core.mq.BrokerProtocol;
import dev.awsemulator.core.mq.EngineType;
import dev.awsemulator.core.mq.RunningBroker;
import org.apache.qpid.server.SystemLauncher;
import org.apache.qpid.server.SystemLauncherListener;
import org.apache.qpid.server.model.Broker;
import org.apache.qpid.server.model.SystemConfig;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Amazon MQ's RabbitMQ engine. RabbitMQ is an Erlang program, so what runs in the emulator's JVM is Apache
 * Qpid Broker-J speaking AMQP 0-9-1, RabbitMQ's protocol, on the loopback, behind an {@link AmqpRelay}
 * that serves {@code amqps://} with the emulator's certificate, as Amazon MQ lists it, and a plaintext
 * twin, and renames RabbitMQ's queue arguments to Qpid's. The broker's one user logs in with PLAIN. Declared
 * durable exchanges, queues and bindings are kept in the broker's folder. With a persistent storage (a data
 * directory), persistent messages on durable queues are kept in a journal there too ({@link JournaledVirtualHost}:
 * no persistent Broker-J message store is published where this project fetches its libraries) and come back
 * after a restart flagged redelivered; other messages, and every message without a data directory, are kept
 * in memory only, as RabbitMQ keeps transient messages.
 */
public final class RabbitMqEngine implements BrokerEngine {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public EngineType engineType() {
        return EngineType.RABBITMQ;
    }

    /**
     * Broker-J's JVM-wide switch that keeps a channel's publication order when persistent and transient messages
     * mix; without it a transient message overtakes the persistent ones published before it, which RabbitMQ never
     * does.
     */
    private static final String STRICT_ORDER = "qpid.strict_order_with_mixed_delivery_mode";

    @Override
    public RunningBroker start(BrokerLaunch launch) throws Exception {
        System.setProperty(STRICT_ORDER, "true");
        Path directory = launch.storage().directory(launch.directoryNames());
        Path initial = directory.resolve("initial-config.json");
        Files.writeString(initial, JSON.writeValueAsString(configuration(launch, directory)));
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put(SystemConfig.TYPE, "Memory");
        attributes.put(SystemConfig.INITIAL_CONFIGURATION_LOCATION, initial.toUri().toString());
        attributes.put(SystemConfig.STARTUP_LOGGED_TO_SYSTEM_OUT, false);
        // Recovery runs within the start (not in the background), so the recovered messages are all queued
        // when it returns.
        attributes.put("context", Map.of(SystemConfig.QPID_WORK_DIR, directory.toString(),
                "qpid.broker.defaultPreferenceStoreAttributes", "{\"type\": \"Noop\"}",
                "use_async_message_store_recovery", "false"));
        AtomicReference<SystemConfig<?>> system = new AtomicReference<>();
        SystemLauncher launcher = new SystemLauncher(new SystemLauncherListener.DefaultSystemLauncherListener() {
            @Override
            public void onContainerResolve(SystemConfig<?> resolved) {
                system.set(resolved);
            }
        });
        launcher.startup(attributes);
        try {
            Broker<?> broker = (Broker<?>) system.get().getContainer();
            RecoveredMessages.flagRedelivered(broker);
            AmqpRelay relay = AmqpRelay.start(launch.host(),
                    launch.portToBind(BrokerProtocol.AMQP_0_9_1, true),
                    launch.portToBind(BrokerProtocol.AMQP_0_9_1, false),
                    launch.tls().sslContext(), QpidBroker.boundPort(broker));
            return new QpidBroker(launcher, broker, relay);
        } catch (Exception | LinkageError e) {
            launcher.shutdown();
            throw e;
        }
    }

    private static Map<String, Object> configuration(BrokerLaunch launch, Path directory) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("name", launch.brokerId());
        root.put("modelVersion", "9.1");
        root.put("authenticationproviders", List.of(Map.of("name", "users", "type", "Plain",
                "secureOnlyMechanisms", List.of(),
                "users", launch.users().stream().map(user -> Map.of("name", user.username(), "type", "managed",
                        "password", user.password())).toList())));
        root.put("ports", List.of(Map.of("name", "amqp", "type", "AMQP", "port", 0,
                "bindingAddress", "127.0.0.1", "protocols", List.of("AMQP_0_9_1"), "transports", List.of("TCP"),
                "authenticationProvider", "users",
                "virtualhostaliases", List.of(Map.of("name", "nameAlias", "type", "nameAlias"),
                        Map.of("name", "defaultAlias", "type", "defaultAlias")))));
        root.put("virtualhostnodes", List.of(Map.of("name", "default", "type", "JSON",
                "defaultVirtualHostNode", "true",
                "storePath", directory.resolve("definitions.json").toString(),
                "virtualHostInitialConfiguration", "{\"type\": \"" + (launch.storage().persistent()
                        ? JournaledVirtualHost.TYPE : "Memory") + "\"}")));
        return root;
    }

}
