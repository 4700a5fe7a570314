package dev.awsemulator.core.mq;

import dev.awsemulator.core.mq.api.ActionRequired;
import dev.awsemulator.core.mq.api.BrokerInstance;
import dev.awsemulator.core.mq.api.Configurations;
import dev.awsemulator.core.mq.api.DescribeBrokerResult;
import dev.awsemulator.core.mq.api.Logs;
import dev.awsemulator.core.mq.api.LogsSummary;
import dev.awsemulator.core.mq.api.PendingLogs;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * DescribeBroker's answer. Endpoints name the host the caller reached the emulator at, so they lead back
 * to this machine the same way; a broker whose engine has no runtime installed lists the endpoints Amazon
 * MQ would (its host names and ports), which nothing answers.
 */
final class BrokerDescriptions {

    /** Amazon MQ's ports, for brokers that are control plane only. */
    private static final Map<BrokerProtocol, Integer> AWS_PORTS = Map.of(BrokerProtocol.OPENWIRE, 61617,
            BrokerProtocol.AMQP, 5671, BrokerProtocol.STOMP, 61614, BrokerProtocol.MQTT, 8883,
            BrokerProtocol.WEBSOCKET, 61619, BrokerProtocol.AMQP_0_9_1, 5671);

    private final Supplier<BrokerConsole> console;

    BrokerDescriptions(Supplier<BrokerConsole> console) {
        this.console = console;
    }

    DescribeBrokerResult describe(Broker broker, URI endpoint, boolean runtimeInstalled) {
        synchronized (broker) {
            List<ActionRequired> actions = broker.state.equals(Broker.CRITICAL_ACTION_REQUIRED)
                    ? List.of(new ActionRequired("BROKER_START_FAILURE", broker.failure)) : List.of();
            Configurations configurations = new Configurations(broker.currentConfiguration,
                    List.copyOf(broker.configurationHistory), broker.pendingConfiguration);
            Logs logs = broker.logs;
            LogsSummary logsSummary = new LogsSummary(logs.audit(),
                    Boolean.TRUE.equals(logs.audit()) ? logGroup(broker, "audit") : null, logs.general(),
                    logGroup(broker, "general"), broker.pendingLogs == null ? null
                    : new PendingLogs(broker.pendingLogs.audit(), broker.pendingLogs.general()));
            return new DescribeBrokerResult(actions, MqText.authentication(broker.authenticationStrategy),
                    broker.autoMinorVersionUpgrade, broker.arn, broker.id, instances(broker, endpoint, runtimeInstalled),
                    broker.name, broker.state, configurations, broker.created, broker.deploymentMode,
                    broker.engine == EngineType.ACTIVEMQ ? broker.encryptionOptions : null, MqText.engine(broker.engine),
                    broker.engineVersion, broker.hostInstanceType, broker.ldapServerMetadata, logsSummary,
                    broker.maintenanceWindowStartTime, MqText.authentication(broker.pendingAuthenticationStrategy),
                    broker.pendingEngineVersion, broker.pendingHostInstanceType, broker.pendingLdapServerMetadata,
                    broker.pendingSecurityGroups, broker.publiclyAccessible, broker.securityGroups,
                    broker.storageType, broker.subnetIds, broker.tags.snapshot(),
                    broker.engine == EngineType.ACTIVEMQ ? BrokerUsers.summaries(broker) : List.of(),
                    broker.dataReplicationMetadata, broker.dataReplicationMode, null,
                    broker.pendingDataReplicationMode);
        }
    }

    /**
     * One instance, or two in active/standby mode, as Amazon MQ reports them; in the emulator both are served
     * by the one broker, so a failover URL over both works. None before the broker first ran.
     */
    private List<BrokerInstance> instances(Broker broker, URI endpoint, boolean runtimeInstalled) {
        int count = broker.deploymentMode.equals(EngineCatalog.ACTIVE_STANDBY_MULTI_AZ) ? 2 : 1;
        List<BrokerInstance> instances = new ArrayList<>();
        if (runtimeInstalled && broker.listeners.isEmpty() || broker.state.equals(Broker.CREATION_IN_PROGRESS)
                || broker.state.equals(Broker.CREATION_FAILED)) {
            return instances;
        }
        for (int i = 1; i <= count; i++) {
            String host = runtimeInstalled ? endpoint.getHost()
                    : broker.id + "-" + i + ".mq." + broker.region + ".amazonaws.com";
            List<String> endpoints = new ArrayList<>();
            for (BrokerProtocol protocol : BrokerProtocol.of(broker.engine)) {
                int port = runtimeInstalled ? port(broker, protocol) : AWS_PORTS.get(protocol);
                if (port > 0) {
                    endpoints.add(protocol.tlsScheme() + "://" + host + ":" + port);
                }
            }
            BrokerConsole consoles = console.get();
            instances.add(new BrokerInstance(consoles == null ? null : consoles.url(endpoint, broker.id), endpoints,
                    runtimeInstalled ? "127.0.0.1" : null));
        }
        return instances;
    }

    private static int port(Broker broker, BrokerProtocol protocol) {
        return broker.listeners.stream().filter(listener -> listener.protocol() == protocol && listener.tls())
                .mapToInt(BrokerListener::port).findFirst().orElse(0);
    }

    private static String logGroup(Broker broker, String kind) {
        return "/aws/amazonmq/broker/" + broker.id + "/" + kind;
    }
}
