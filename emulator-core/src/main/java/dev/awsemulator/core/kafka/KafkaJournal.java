package dev.awsemulator.core.kafka;

import dev.awsemulator.core.kafka.api.KafkaCluster;
import dev.awsemulator.core.kafka.api.LogDelivery;
import dev.awsemulator.core.kafka.api.MutableClusterInfo;
import dev.awsemulator.core.kafka.api.ReplicationInfo;
import dev.awsemulator.core.kafka.api.StateInfo;
import dev.awsemulator.core.kafka.api.VpcConfig;
import dev.awsemulator.core.kafka.brokers.BrokerNode;
import dev.awsemulator.core.kafka.brokers.HostPort;
import dev.awsemulator.core.kafka.brokers.Listener;
import dev.awsemulator.core.persistence.RestoredState;
import dev.awsemulator.core.persistence.StateJournal;
import dev.awsemulator.core.persistence.StateKind;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What MSK records in the state journal: one image per cluster (its settings, state, operations and brokers'
 * addresses), per configuration with its revisions, per replicator, per VPC connection and per registered SCRAM
 * secret, each written after every change while its monitor is held. The scope is the resource's ARN.
 */
final class KafkaJournal {

    static final StateKind<ClusterImage> CLUSTER = new StateKind<>("kafka.cluster", ClusterImage.class);
    static final StateKind<ConfigurationImage> CONFIGURATION = new StateKind<>("kafka.configuration",
            ConfigurationImage.class);
    static final StateKind<ReplicatorImage> REPLICATOR = new StateKind<>("kafka.replicator", ReplicatorImage.class);
    static final StateKind<VpcConnectionImage> VPC_CONNECTION = new StateKind<>("kafka.vpc-connection",
            VpcConnectionImage.class);
    static final StateKind<SecretImage> SECRET = new StateKind<>("kafka.scram-secret", SecretImage.class);
    private static final String ID = "";

    record ClusterImage(String arn, String name, String uuid, String accountId, String region, String clusterType,
                        long createdMillis, String state, String stateCode, String stateMessage, String currentVersion,
                        String activeOperationArn, ProvisionedSettings settings, List<VpcConfig> vpcConfigs,
                        Map<String, String> tags, String policy, String policyVersion, List<String> scramSecretArns,
                        List<OperationImage> operations, List<NodeImage> nodes, Map<Integer, Long> brokersAddedMillis) {
    }

    record OperationImage(String arn, String clientRequestId, String type, long createdMillis, Long endMillis,
                          String state, String errorCode, String errorString, MutableClusterInfo source,
                          MutableClusterInfo target) {
    }

    record NodeImage(int id, Map<String, String> endpoints) {
    }

    record ConfigurationImage(String arn, String name, String accountId, String region, long createdMillis,
                              List<String> kafkaVersions, String description, List<RevisionImage> revisions) {
    }

    record RevisionImage(long revision, long createdMillis, String description, byte[] serverProperties) {
    }

    record ReplicatorImage(String arn, String name, String accountId, String region, long createdMillis,
                           String description, List<KafkaCluster> kafkaClusters, String serviceExecutionRoleArn,
                           Map<String, String> tags, ReplicationInfo replicationInfo, LogDelivery logDelivery,
                           String state, String currentVersion) {
    }

    record VpcConnectionImage(String arn, String accountId, String region, String targetClusterArn,
                              String authentication, String vpcId, List<String> clientSubnets,
                              List<String> securityGroups, long createdMillis, Map<String, String> tags, String state) {
    }

    record SecretImage(String arn, String username, String password) {
    }

    private final StateJournal journal;

    KafkaJournal(StateJournal journal) {
        this.journal = journal;
    }

    boolean enabled() {
        return journal.enabled();
    }

    /** Journals a cluster as it is now, or its end when it left its registry. Callers hold its monitor. */
    void cluster(MskCluster cluster) {
        if (journal.enabled()) {
            if (cluster.removed) {
                journal.drop(cluster.arn);
            } else {
                journal.put(CLUSTER, cluster.arn, ID, image(cluster));
            }
        }
    }

    void configuration(Configurations.Entry entry, boolean present) {
        if (journal.enabled()) {
            synchronized (entry) {
                put(CONFIGURATION, entry.arn, present ? image(entry) : null);
            }
        }
    }

    void replicator(Replicators.Replicator replicator, boolean present) {
        if (journal.enabled()) {
            synchronized (replicator) {
                put(REPLICATOR, replicator.arn, present ? image(replicator) : null);
            }
        }
    }

    void vpcConnection(VpcConnections.Connection connection, boolean present) {
        if (journal.enabled()) {
            synchronized (connection) {
                put(VPC_CONNECTION, connection.arn, present ? image(connection) : null);
            }
        }
    }

    void secret(ScramSecrets.Secret secret, boolean present) {
        if (journal.enabled()) {
            put(SECRET, secretScope(secret.arn()), present
                    ? new SecretImage(secret.arn(), secret.username(), secret.password()) : null);
        }
    }

    private <T> void put(StateKind<T> kind, String scope, T image) {
        if (image == null) {
            journal.drop(scope);
        } else {
            journal.put(kind, scope, ID, image);
        }
    }

    static void export(StateJournal out, ClusterRegistry clusters, Configurations configurations,
                       Replicators replicators, VpcConnections connections, ScramSecrets secrets) {
        KafkaJournal writer = new KafkaJournal(out);
        for (MskCluster cluster : clusters.all()) {
            synchronized (cluster) {
                writer.cluster(cluster);
            }
        }
        configurations.all().forEach(entry -> writer.configuration(entry, true));
        replicators.all().forEach(replicator -> writer.replicator(replicator, true));
        connections.all().forEach(connection -> writer.vpcConnection(connection, true));
        secrets.all().forEach(secret -> writer.secret(secret, true));
    }

    // ---- restore ----

    /**
     * The clusters a data directory kept, as they come back: a transition under way completes (an update that
     * had begun is complete, one still pending failed), and a cluster being deleted is gone. Those gone are
     * returned too, in {@code deleted}, so their files can go with them.
     */
    static List<MskCluster> clusters(RestoredState state, List<MskCluster> deleted) {
        List<MskCluster> restored = new ArrayList<>();
        for (String scope : state.scopes(CLUSTER)) {
            ClusterImage image = state.image(scope, CLUSTER, ID);
            MskCluster cluster = cluster(image);
            if (ClusterLifecycle.DELETING.equals(image.state())) {
                cluster.removed = true;
                deleted.add(cluster);
            } else {
                restored.add(cluster);
            }
        }
        return restored;
    }

    private static MskCluster cluster(ClusterImage image) {
        MskCluster cluster = new MskCluster(image.arn(), image.name(), UUID.fromString(image.uuid()),
                image.accountId(), image.region(), image.clusterType(), Instant.ofEpochMilli(image.createdMillis()));
        cluster.state = image.state();
        cluster.stateInfo = image.stateCode() == null ? null : new StateInfo(image.stateCode(), image.stateMessage());
        cluster.currentVersion = image.currentVersion();
        cluster.settings = image.settings();
        cluster.vpcConfigs = image.vpcConfigs() == null ? List.of() : image.vpcConfigs();
        if (cluster.serverless()) {
            cluster.serverlessAuthentication = new dev.awsemulator.core.kafka.api.ServerlessClientAuthentication(
                    new dev.awsemulator.core.kafka.api.ServerlessSasl(new dev.awsemulator.core.kafka.api.Iam(true)));
        }
        cluster.tags.putAll(image.tags());
        cluster.policy = image.policy();
        cluster.policyVersion = image.policyVersion();
        cluster.scramSecretArns.addAll(image.scramSecretArns());
        image.brokersAddedMillis().forEach((id, millis) -> cluster.brokersAdded.put(id, Instant.ofEpochMilli(millis)));
        cluster.nodes = image.nodes().stream().map(KafkaJournal::node).toList();
        for (OperationImage operation : image.operations()) {
            ClusterOperation restored = new ClusterOperation(operation.arn(), operation.clientRequestId(),
                    operation.type(), Instant.ofEpochMilli(operation.createdMillis()), operation.source(),
                    operation.target());
            restored.state = operation.state();
            restored.endTime = operation.endMillis() == null ? null : Instant.ofEpochMilli(operation.endMillis());
            if (operation.errorCode() != null) {
                restored.errorInfo = new dev.awsemulator.core.kafka.api.ErrorInfo(operation.errorCode(),
                        operation.errorString());
            }
            cluster.operations.add(restored);
        }
        finishInterruptedUpdate(cluster, image.activeOperationArn());
        return cluster;
    }

    /** The emulator stopped during an update: one whose brokers had begun is complete, a pending one failed. */
    private static void finishInterruptedUpdate(MskCluster cluster, String activeOperationArn) {
        ClusterOperation active = activeOperationArn == null ? null : cluster.operation(activeOperationArn);
        if (ClusterLifecycle.CREATING.equals(cluster.state)) {
            cluster.activeOperationArn = activeOperationArn;
            return;
        }
        if (active != null && !active.finished()) {
            if (ClusterOperation.IN_PROGRESS.equals(active.state)) {
                active.complete(active.creationTime);
                cluster.currentVersion = ClusterVersions.next();
            } else {
                active.fail(active.creationTime, "EmulatorRestarted", "The emulator stopped before the update began.");
            }
        }
        if (!ClusterLifecycle.FAILED.equals(cluster.state)) {
            cluster.state = ClusterLifecycle.ACTIVE;
        }
    }

    static List<Configurations.Entry> configurations(RestoredState state) {
        List<Configurations.Entry> restored = new ArrayList<>();
        for (String scope : state.scopes(CONFIGURATION)) {
            ConfigurationImage image = state.image(scope, CONFIGURATION, ID);
            Configurations.Entry entry = new Configurations.Entry(image.arn(), image.name(), image.accountId(),
                    image.region(), Instant.ofEpochMilli(image.createdMillis()), image.kafkaVersions(),
                    image.description());
            image.revisions().forEach(revision -> entry.revisions.add(new Configurations.Revision(revision.revision(),
                    Instant.ofEpochMilli(revision.createdMillis()), revision.description(),
                    revision.serverProperties())));
            restored.add(entry);
        }
        return restored;
    }

    static List<Replicators.Replicator> replicators(RestoredState state) {
        List<Replicators.Replicator> restored = new ArrayList<>();
        for (String scope : state.scopes(REPLICATOR)) {
            ReplicatorImage image = state.image(scope, REPLICATOR, ID);
            if ("DELETING".equals(image.state())) {
                continue;
            }
            Replicators.Replicator replicator = new Replicators.Replicator(image.arn(), image.name(), image.accountId(),
                    image.region(), Instant.ofEpochMilli(image.createdMillis()), image.description(),
                    image.kafkaClusters(), image.serviceExecutionRoleArn());
            replicator.tags.putAll(image.tags());
            replicator.replicationInfo = image.replicationInfo();
            replicator.logDelivery = image.logDelivery();
            replicator.state = "RUNNING";
            replicator.currentVersion = image.currentVersion();
            restored.add(replicator);
        }
        return restored;
    }

    static List<VpcConnections.Connection> vpcConnections(RestoredState state) {
        List<VpcConnections.Connection> restored = new ArrayList<>();
        for (String scope : state.scopes(VPC_CONNECTION)) {
            VpcConnectionImage image = state.image(scope, VPC_CONNECTION, ID);
            if ("DELETING".equals(image.state())) {
                continue;
            }
            VpcConnections.Connection connection = new VpcConnections.Connection(image.arn(), image.accountId(),
                    image.region(), image.targetClusterArn(), image.authentication(), image.vpcId(),
                    image.clientSubnets(), image.securityGroups(), Instant.ofEpochMilli(image.createdMillis()));
            connection.tags.putAll(image.tags());
            connection.state = switch (image.state()) {
                case "CREATING" -> "AVAILABLE";
                case "REJECTING" -> "REJECTED";
                default -> image.state();
            };
            restored.add(connection);
        }
        return restored;
    }

    static List<ScramSecrets.Secret> secrets(RestoredState state) {
        List<ScramSecrets.Secret> restored = new ArrayList<>();
        for (String scope : state.scopes(SECRET)) {
            SecretImage image = state.image(scope, SECRET, ID);
            restored.add(new ScramSecrets.Secret(image.arn(), image.username(), image.password()));
        }
        return restored;
    }

    // ---- images ----

    private static ClusterImage image(MskCluster cluster) {
        Map<Integer, Long> added = new LinkedHashMap<>();
        cluster.brokersAdded.forEach((id, instant) -> added.put(id, instant.toEpochMilli()));
        List<OperationImage> operations = cluster.operations.stream().map(operation -> new OperationImage(
                operation.arn, operation.clientRequestId, operation.operationType, operation.creationTime.toEpochMilli(),
                operation.endTime == null ? null : operation.endTime.toEpochMilli(), operation.state,
                operation.errorInfo == null ? null : operation.errorInfo.errorCode(),
                operation.errorInfo == null ? null : operation.errorInfo.errorString(), operation.source,
                operation.target)).toList();
        List<NodeImage> nodes = cluster.nodes.stream().map(node -> {
            Map<String, String> endpoints = new LinkedHashMap<>();
            node.endpoints().forEach((listener, address) -> endpoints.put(listener.name(), address.toString()));
            return new NodeImage(node.id(), endpoints);
        }).toList();
        return new ClusterImage(cluster.arn, cluster.name, cluster.uuid.toString(), cluster.accountId, cluster.region,
                cluster.clusterType, cluster.creationTime.toEpochMilli(), cluster.state,
                cluster.stateInfo == null ? null : cluster.stateInfo.code(),
                cluster.stateInfo == null ? null : cluster.stateInfo.message(), cluster.currentVersion,
                cluster.activeOperationArn, cluster.settings, cluster.vpcConfigs, cluster.tags.snapshot(),
                cluster.policy, cluster.policyVersion, List.copyOf(cluster.scramSecretArns), operations, nodes, added);
    }

    private static BrokerNode node(NodeImage image) {
        Map<Listener, HostPort> endpoints = new EnumMap<>(Listener.class);
        image.endpoints().forEach((listener, address) -> {
            int colon = address.lastIndexOf(':');
            String host = address.substring(0, colon);
            endpoints.put(Listener.valueOf(listener), new HostPort(host.startsWith("[")
                    ? host.substring(1, host.length() - 1) : host, Integer.parseInt(address.substring(colon + 1))));
        });
        return new BrokerNode(image.id(), endpoints);
    }

    private static ConfigurationImage image(Configurations.Entry entry) {
        return new ConfigurationImage(entry.arn, entry.name, entry.accountId, entry.region,
                entry.creationTime.toEpochMilli(), entry.kafkaVersions, entry.description,
                entry.revisions.stream().map(revision -> new RevisionImage(revision.revision(),
                        revision.creationTime().toEpochMilli(), revision.description(),
                        revision.serverProperties())).toList());
    }

    private static ReplicatorImage image(Replicators.Replicator replicator) {
        return new ReplicatorImage(replicator.arn, replicator.name, replicator.accountId, replicator.region,
                replicator.creationTime.toEpochMilli(), replicator.description, replicator.kafkaClusters,
                replicator.serviceExecutionRoleArn, replicator.tags.snapshot(), replicator.replicationInfo,
                replicator.logDelivery, replicator.state, replicator.currentVersion);
    }

    private static VpcConnectionImage image(VpcConnections.Connection connection) {
        return new VpcConnectionImage(connection.arn, connection.accountId, connection.region,
                connection.targetClusterArn, connection.authentication, connection.vpcId, connection.clientSubnets,
                connection.securityGroups, connection.creationTime.toEpochMilli(), connection.tags.snapshot(),
                connection.state);
    }

    private static String secretScope(String arn) {
        return "kafka-secret:" + arn;
    }
}
