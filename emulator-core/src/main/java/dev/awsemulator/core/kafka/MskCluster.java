package dev.awsemulator.core.kafka;

import dev.awsemulator.core.common.TagMap;
import dev.awsemulator.core.kafka.api.ServerlessClientAuthentication;
import dev.awsemulator.core.kafka.api.StateInfo;
import dev.awsemulator.core.kafka.api.VpcConfig;
import dev.awsemulator.core.kafka.brokers.BrokerNode;
import dev.awsemulator.core.kafka.brokers.Listener;
import dev.awsemulator.core.kafka.brokers.RunningCluster;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * One MSK cluster, provisioned or serverless, and the brokers that serve it while they run. Mutable state is
 * guarded by the cluster's monitor; a change and its journal image are made under it.
 */
final class MskCluster {

    static final String PROVISIONED = "PROVISIONED";
    static final String SERVERLESS = "SERVERLESS";

    final String arn;
    final String name;
    final UUID uuid;
    final String accountId;
    final String region;
    final String clusterType;
    final Instant creationTime;
    final TagMap tags = new TagMap();

    String state = "CREATING";
    StateInfo stateInfo;
    String currentVersion;
    String activeOperationArn;
    /** Null for a serverless cluster. */
    ProvisionedSettings settings;
    List<VpcConfig> vpcConfigs = List.of();
    ServerlessClientAuthentication serverlessAuthentication;
    String policy;
    String policyVersion;
    final Set<String> scramSecretArns = new LinkedHashSet<>();
    final List<ClusterOperation> operations = new ArrayList<>();
    /** Each broker's addresses as it served them last: reported while it restarts, its ports taken again. */
    List<BrokerNode> nodes = List.of();
    /** The ports a cluster of the same name had before a reset, taken again until the brokers report their own. */
    Map<Integer, Map<Listener, Integer>> portsBeforeReset = Map.of();
    /** When each broker joined the cluster, by broker id. */
    final Map<Integer, Instant> brokersAdded = new LinkedHashMap<>();
    /** The running brokers; null before they are ready, after they stopped, and without a runtime. */
    RunningCluster running;
    /** True once the cluster left its registry: brokers that finish starting after that are stopped again. */
    boolean removed;

    MskCluster(String arn, String name, UUID uuid, String accountId, String region, String clusterType,
               Instant creationTime) {
        this.arn = arn;
        this.name = name;
        this.uuid = uuid;
        this.accountId = accountId;
        this.region = region;
        this.clusterType = clusterType;
        this.creationTime = creationTime;
    }

    boolean serverless() {
        return SERVERLESS.equals(clusterType);
    }

    /** Brokers the cluster runs: a serverless cluster is served by one. */
    int brokerCount() {
        return serverless() ? 1 : settings.numberOfBrokerNodes();
    }

    /** The ports each broker served last, by broker id and listener, for the runtime to take again. */
    synchronized Map<Integer, Map<Listener, Integer>> ports() {
        if (nodes.isEmpty()) {
            return portsBeforeReset;
        }
        Map<Integer, Map<Listener, Integer>> ports = new LinkedHashMap<>();
        for (BrokerNode node : nodes) {
            Map<Listener, Integer> byListener = new EnumMap<>(Listener.class);
            node.endpoints().forEach((listener, address) -> byListener.put(listener, address.port()));
            ports.put(node.id(), byListener);
        }
        return ports;
    }

    synchronized ClusterOperation operation(String operationArn) {
        return operations.stream().filter(operation -> operation.arn.equals(operationArn)).findFirst().orElse(null);
    }
}
