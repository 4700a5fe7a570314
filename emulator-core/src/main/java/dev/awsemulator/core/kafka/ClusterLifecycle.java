package dev.awsemulator.core.kafka;

import dev.awsemulator.core.common.Caller;
import dev.awsemulator.core.common.Page;
import dev.awsemulator.core.kafka.api.BrokerNodeGroupInfo;
import dev.awsemulator.core.kafka.api.BrokerNodeInfo;
import dev.awsemulator.core.kafka.api.Cluster;
import dev.awsemulator.core.kafka.api.ClusterInfo;
import dev.awsemulator.core.kafka.api.CreateClusterRequest;
import dev.awsemulator.core.kafka.api.CreateClusterResult;
import dev.awsemulator.core.kafka.api.CreateClusterV2Request;
import dev.awsemulator.core.kafka.api.CreateClusterV2Result;
import dev.awsemulator.core.kafka.api.DeleteClusterRequest;
import dev.awsemulator.core.kafka.api.DeleteClusterResult;
import dev.awsemulator.core.kafka.api.EBSStorageInfo;
import dev.awsemulator.core.kafka.api.GetBootstrapBrokersResult;
import dev.awsemulator.core.kafka.api.Iam;
import dev.awsemulator.core.kafka.api.ListClustersRequest;
import dev.awsemulator.core.kafka.api.ListClustersResult;
import dev.awsemulator.core.kafka.api.ListClustersV2Request;
import dev.awsemulator.core.kafka.api.ListClustersV2Result;
import dev.awsemulator.core.kafka.api.ListNodesRequest;
import dev.awsemulator.core.kafka.api.ListNodesResult;
import dev.awsemulator.core.kafka.api.NodeInfo;
import dev.awsemulator.core.kafka.api.OpenMonitoringInfo;
import dev.awsemulator.core.kafka.api.ProvisionedRequest;
import dev.awsemulator.core.kafka.api.JmxExporterInfo;
import dev.awsemulator.core.kafka.api.NodeExporterInfo;
import dev.awsemulator.core.kafka.api.PrometheusInfo;
import dev.awsemulator.core.kafka.api.ServerlessClientAuthentication;
import dev.awsemulator.core.kafka.api.ServerlessRequest;
import dev.awsemulator.core.kafka.api.ServerlessSasl;
import dev.awsemulator.core.kafka.api.StateInfo;
import dev.awsemulator.core.kafka.api.StorageInfo;
import dev.awsemulator.core.kafka.api.VpcConfig;
import dev.awsemulator.core.kafka.brokers.BrokerNode;
import dev.awsemulator.core.kafka.brokers.HostPort;
import dev.awsemulator.core.kafka.brokers.Listener;
import dev.awsemulator.core.time.Clock;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Clusters come and go: {@code CREATING} until their brokers serve (then {@code ACTIVE}, or {@code FAILED} with
 * the reason), {@code DELETING} until their brokers stopped (then gone). Also what a cluster tells about itself:
 * its descriptions, its bootstrap brokers, its nodes.
 */
final class ClusterLifecycle {

    static final String ACTIVE = "ACTIVE";
    static final String CREATING = "CREATING";
    static final String DELETING = "DELETING";
    static final String FAILED = "FAILED";
    private static final List<String> SERVING = List.of(ACTIVE, "UPDATING", "REBOOTING_BROKER", "HEALING",
            "MAINTENANCE");
    private static final int MAX_BROKERS = 30;
    private static final int DEFAULT_VOLUME_GB = 1000;

    private final Clock clock;
    private final ClusterRegistry clusters;
    private final Configurations configurations;
    private final ClusterBrokers brokers;
    private final Transitions transitions;
    private final Consumer<MskCluster> changed;

    ClusterLifecycle(Clock clock, ClusterRegistry clusters, Configurations configurations, ClusterBrokers brokers,
                     Transitions transitions, Consumer<MskCluster> changed) {
        this.clock = clock;
        this.clusters = clusters;
        this.configurations = configurations;
        this.brokers = brokers;
        this.transitions = transitions;
        this.changed = changed;
    }

    CreateClusterResult create(Caller caller, CreateClusterRequest request) {
        ProvisionedSettings settings = provisioned(caller, request.brokerNodeGroupInfo(), request.clientAuthentication(),
                request.configurationInfo(), request.encryptionInfo(), request.enhancedMonitoring(),
                request.openMonitoring(), request.kafkaVersion(), request.loggingInfo(),
                request.numberOfBrokerNodes(), request.storageMode(), request.rebalancing());
        MskCluster cluster = begin(caller, request.clusterName(), request.tags(), settings, null, null);
        return new CreateClusterResult(cluster.arn, cluster.name, CREATING);
    }

    CreateClusterV2Result createV2(Caller caller, CreateClusterV2Request request) {
        if ((request.provisioned() == null) == (request.serverless() == null)) {
            throw KafkaError.BAD_REQUEST.exception("Specify exactly one of provisioned and serverless.",
                    request.provisioned() == null ? "provisioned" : "serverless");
        }
        MskCluster cluster;
        if (request.provisioned() != null) {
            ProvisionedRequest provisioned = request.provisioned();
            ProvisionedSettings settings = provisioned(caller, provisioned.brokerNodeGroupInfo(),
                    provisioned.clientAuthentication(), provisioned.configurationInfo(), provisioned.encryptionInfo(),
                    provisioned.enhancedMonitoring(), provisioned.openMonitoring(), provisioned.kafkaVersion(),
                    provisioned.loggingInfo(), provisioned.numberOfBrokerNodes(), provisioned.storageMode(),
                    provisioned.rebalancing());
            cluster = begin(caller, request.clusterName(), request.tags(), settings, null, null);
        } else {
            ServerlessRequest serverless = request.serverless();
            List<VpcConfig> vpcConfigs = Checks.required(serverless.vpcConfigs(), "serverless.vpcConfigs");
            vpcConfigs.forEach(config -> Checks.required(config.subnetIds(), "serverless.vpcConfigs.subnetIds"));
            ServerlessClientAuthentication authentication = new ServerlessClientAuthentication(
                    new ServerlessSasl(new Iam(true)));
            cluster = begin(caller, request.clusterName(), request.tags(), null, vpcConfigs, authentication);
        }
        return new CreateClusterV2Result(cluster.arn, cluster.name, CREATING, cluster.clusterType);
    }

    DeleteClusterResult delete(Caller caller, DeleteClusterRequest request) {
        MskCluster cluster = clusters.find(caller, request.clusterArn());
        synchronized (cluster) {
            if (request.currentVersion() != null && !request.currentVersion().equals(cluster.currentVersion)) {
                throw versionMismatch(cluster, request.currentVersion());
            }
            if (DELETING.equals(cluster.state)) {
                return new DeleteClusterResult(cluster.arn, DELETING);
            }
            cluster.state = DELETING;
            cluster.stateInfo = null;
            changed.accept(cluster);
        }
        Runnable gone = () -> {
            if (clusters.remove(cluster)) {
                changed.accept(cluster);
            }
        };
        transitions.after(brokers.stop(cluster, true), gone, error -> gone.run());
        return new DeleteClusterResult(cluster.arn, DELETING);
    }

    ClusterInfo describe(Caller caller, String arn) {
        MskCluster cluster = provisionedOnly(clusters.find(caller, arn));
        synchronized (cluster) {
            return ClusterViews.v1(cluster);
        }
    }

    Cluster describeV2(Caller caller, String arn) {
        MskCluster cluster = clusters.find(caller, arn);
        synchronized (cluster) {
            return ClusterViews.v2(cluster);
        }
    }

    ListClustersResult list(Caller caller, ListClustersRequest request) {
        List<MskCluster> matching = clusters.owned(caller).stream().filter(cluster -> !cluster.serverless())
                .filter(cluster -> request.clusterNameFilter() == null
                        || cluster.name.startsWith(request.clusterNameFilter()))
                .toList();
        Page<MskCluster> page = Pages.page(matching, ClusterLifecycle::sortKey, request.maxResults(),
                request.nextToken());
        return new ListClustersResult(page.items().stream().map(cluster -> {
            synchronized (cluster) {
                return ClusterViews.v1(cluster);
            }
        }).toList(), page.nextToken());
    }

    ListClustersV2Result listV2(Caller caller, ListClustersV2Request request) {
        Checks.oneOf(request.clusterTypeFilter(), List.of(MskCluster.PROVISIONED, MskCluster.SERVERLESS),
                "clusterTypeFilter");
        List<MskCluster> matching = clusters.owned(caller).stream()
                .filter(cluster -> request.clusterTypeFilter() == null
                        || cluster.clusterType.equals(request.clusterTypeFilter()))
                .filter(cluster -> request.clusterNameFilter() == null
                        || cluster.name.startsWith(request.clusterNameFilter()))
                .toList();
        Page<MskCluster> page = Pages.page(matching, ClusterLifecycle::sortKey, request.maxResults(),
                request.nextToken());
        return new ListClustersV2Result(page.items().stream().map(cluster -> {
            synchronized (cluster) {
                return ClusterViews.v2(cluster);
            }
        }).toList(), page.nextToken());
    }

    /** The cluster's brokers per listener, as comma-separated {@code host:port} lists. */
    GetBootstrapBrokersResult bootstrapBrokers(Caller caller, String arn) {
        MskCluster cluster = clusters.find(caller, arn);
        synchronized (cluster) {
            if (!SERVING.contains(cluster.state)) {
                throw KafkaError.BAD_REQUEST.exception("You can't get bootstrap broker nodes for a cluster in "
                        + cluster.state + " state.", "clusterArn");
            }
            String plaintext = bootstrap(cluster, Listener.PLAINTEXT);
            String tls = bootstrap(cluster, Listener.TLS);
            String scram = bootstrap(cluster, Listener.SASL_SCRAM);
            String iam = bootstrap(cluster, Listener.SASL_IAM);
            boolean publicAccess = !cluster.serverless() && cluster.settings.brokerNodeGroupInfo().connectivityInfo() != null
                    && cluster.settings.brokerNodeGroupInfo().connectivityInfo().publicAccess() != null
                    && "SERVICE_PROVIDED_EIPS".equals(
                            cluster.settings.brokerNodeGroupInfo().connectivityInfo().publicAccess().type());
            return new GetBootstrapBrokersResult(plaintext, tls, scram, iam, publicAccess ? tls : null,
                    publicAccess ? scram : null, publicAccess ? iam : null, null, null, null, null, null, null, null);
        }
    }

    ListNodesResult nodes(Caller caller, ListNodesRequest request) {
        MskCluster cluster = provisionedOnly(clusters.find(caller, request.clusterArn()));
        List<NodeInfo> nodes;
        synchronized (cluster) {
            List<String> subnets = cluster.settings.brokerNodeGroupInfo().clientSubnets();
            nodes = cluster.nodes.stream().map(node -> {
                String host = node.endpoints().values().iterator().next().host();
                BrokerNodeInfo broker = new BrokerNodeInfo("eni-" + cluster.uuid.toString().substring(0, 8) + node.id(),
                        (double) node.id(), subnets.get((node.id() - 1) % subnets.size()), host,
                        ClusterViews.software(cluster.settings), List.of(host));
                return new NodeInfo(Objects.toString(cluster.brokersAdded.get(node.id()), null), broker, null,
                        cluster.settings.brokerNodeGroupInfo().instanceType(), KafkaArns.broker(cluster.arn, node.id()),
                        "BROKER", null);
            }).toList();
        }
        Page<NodeInfo> page = Pages.page(nodes, node -> String.format("%05d",
                node.brokerNodeInfo().brokerId().intValue()), request.maxResults(), request.nextToken());
        return new ListNodesResult(page.nextToken(), page.items());
    }

    /** A cluster restored from a data directory: its brokers start again, in the state it had. */
    void resume(MskCluster cluster) {
        String state;
        synchronized (cluster) {
            state = cluster.state;
        }
        if (CREATING.equals(state)) {
            startBrokers(cluster, cluster.operations.isEmpty() ? null : cluster.operations.get(0));
        } else if (!FAILED.equals(state)) {
            brokers.start(cluster).exceptionally(error -> {
                synchronized (cluster) {
                    cluster.stateInfo = new StateInfo("BrokerStartFailed", rootMessage(error));
                }
                return null;
            });
        }
    }

    static MskCluster provisionedOnly(MskCluster cluster) {
        if (cluster.serverless()) {
            throw KafkaError.BAD_REQUEST.exception("This operation is not supported for serverless clusters.",
                    "clusterArn");
        }
        return cluster;
    }

    static RuntimeException versionMismatch(MskCluster cluster, String given) {
        return KafkaError.BAD_REQUEST.exception("The cluster's current version is " + cluster.currentVersion
                + ", not " + given + ". Describe the cluster to get its current version.", "currentVersion");
    }

    private MskCluster begin(Caller caller, String name, Map<String, String> tags, ProvisionedSettings settings,
                             List<VpcConfig> vpcConfigs, ServerlessClientAuthentication authentication) {
        Checks.name(name, "clusterName");
        if (clusters.nameTaken(caller, name)) {
            throw KafkaError.CONFLICT.exception("A cluster with the name " + name
                    + " already exists in this account and Region.", "clusterName");
        }
        boolean serverless = settings == null;
        UUID uuid = UUID.randomUUID();
        MskCluster cluster = new MskCluster(KafkaArns.cluster(caller, KafkaArns.clusterId(name, uuid, serverless)),
                name, uuid, caller.accountId(), caller.region(), serverless ? MskCluster.SERVERLESS
                : MskCluster.PROVISIONED, clock.now());
        cluster.currentVersion = ClusterVersions.next();
        cluster.settings = settings;
        cluster.portsBeforeReset = clusters.takePortsBeforeReset(caller, name);
        if (serverless) {
            cluster.vpcConfigs = List.copyOf(vpcConfigs);
            cluster.serverlessAuthentication = authentication;
        }
        if (tags != null) {
            cluster.tags.putAll(tags);
        }
        ClusterOperation create = new ClusterOperation(KafkaArns.operation(cluster.arn, UUID.randomUUID()),
                UUID.randomUUID().toString(), "CREATE", cluster.creationTime, null,
                serverless ? null : ClusterViews.mutable(settings));
        create.state = ClusterOperation.IN_PROGRESS;
        cluster.operations.add(create);
        cluster.activeOperationArn = create.arn;
        clusters.add(cluster);
        synchronized (cluster) {
            changed.accept(cluster);
        }
        startBrokers(cluster, create);
        return cluster;
    }

    private void startBrokers(MskCluster cluster, ClusterOperation create) {
        transitions.after(brokers.start(cluster), () -> {
            synchronized (cluster) {
                if (!CREATING.equals(cluster.state)) {
                    return;
                }
                cluster.state = ACTIVE;
                cluster.activeOperationArn = null;
                if (create != null) {
                    create.complete(clock.now());
                }
                changed.accept(cluster);
            }
        }, error -> {
            synchronized (cluster) {
                if (!CREATING.equals(cluster.state)) {
                    return;
                }
                cluster.state = FAILED;
                cluster.stateInfo = new StateInfo("BrokerStartFailed", rootMessage(error));
                cluster.activeOperationArn = null;
                if (create != null) {
                    create.fail(clock.now(), "BrokerStartFailed", cluster.stateInfo.message());
                }
                changed.accept(cluster);
            }
        });
    }

    private ProvisionedSettings provisioned(Caller caller, BrokerNodeGroupInfo nodeGroup,
                                            dev.awsemulator.core.kafka.api.ClientAuthentication clientAuthentication,
                                            dev.awsemulator.core.kafka.api.ConfigurationInfo configurationInfo,
                                            dev.awsemulator.core.kafka.api.EncryptionInfo encryptionInfo,
                                            String enhancedMonitoring, OpenMonitoringInfo openMonitoring,
                                            String kafkaVersion, dev.awsemulator.core.kafka.api.LoggingInfo loggingInfo,
                                            Integer numberOfBrokerNodes, String storageMode,
                                            dev.awsemulator.core.kafka.api.Rebalancing rebalancing) {
        Checks.required(nodeGroup, "brokerNodeGroupInfo");
        Checks.required(nodeGroup.instanceType(), "brokerNodeGroupInfo.instanceType");
        List<String> subnets = Checks.required(nodeGroup.clientSubnets(), "brokerNodeGroupInfo.clientSubnets");
        Checks.required(kafkaVersion, "kafkaVersion");
        KafkaVersions.check(kafkaVersion, "kafkaVersion");
        Checks.required(numberOfBrokerNodes, "numberOfBrokerNodes");
        Checks.range(numberOfBrokerNodes, 1, MAX_BROKERS, "numberOfBrokerNodes");
        checkBrokerCount(numberOfBrokerNodes, subnets);
        Checks.oneOf(enhancedMonitoring, List.of("DEFAULT", "PER_BROKER", "PER_TOPIC_PER_BROKER",
                "PER_TOPIC_PER_PARTITION"), "enhancedMonitoring");
        Checks.oneOf(storageMode, List.of("LOCAL", "TIERED"), "storageMode");
        configurations.properties(caller, configurationInfo);
        var authentication = ClusterSecurity.authentication(clientAuthentication);
        var encryption = ClusterSecurity.encryption(caller, encryptionInfo);
        ClusterSecurity.check(authentication, encryption);
        StorageInfo storage = nodeGroup.storageInfo() != null && nodeGroup.storageInfo().ebsStorageInfo() != null
                ? nodeGroup.storageInfo() : new StorageInfo(new EBSStorageInfo(null, DEFAULT_VOLUME_GB));
        BrokerNodeGroupInfo group = new BrokerNodeGroupInfo(
                nodeGroup.brokerAZDistribution() == null ? "DEFAULT" : nodeGroup.brokerAZDistribution(), subnets,
                nodeGroup.instanceType(), nodeGroup.securityGroups(), storage, nodeGroup.connectivityInfo(),
                nodeGroup.zoneIds());
        OpenMonitoringInfo monitoring = openMonitoring != null ? openMonitoring : new OpenMonitoringInfo(
                new PrometheusInfo(new JmxExporterInfo(false), new NodeExporterInfo(false)));
        return new ProvisionedSettings(group, authentication, encryption,
                enhancedMonitoring == null ? "DEFAULT" : enhancedMonitoring, monitoring, loggingInfo,
                numberOfBrokerNodes, kafkaVersion, configurationInfo, storageMode == null ? "LOCAL" : storageMode,
                rebalancing);
    }

    /** MSK spreads brokers evenly over the client subnets' zones, so the count must be a multiple of them. */
    static void checkBrokerCount(int brokers, List<String> subnets) {
        if (brokers % subnets.size() != 0) {
            throw KafkaError.BAD_REQUEST.exception("The number of broker nodes must be a multiple of Availability"
                    + " Zones in the Client Subnets parameter.", "numberOfBrokerNodes");
        }
    }

    private static String bootstrap(MskCluster cluster, Listener listener) {
        String joined = cluster.nodes.stream().map(BrokerNode::endpoints).map(endpoints -> endpoints.get(listener))
                .filter(Objects::nonNull).map(HostPort::toString).collect(Collectors.joining(","));
        return joined.isEmpty() ? null : joined;
    }

    private static String sortKey(MskCluster cluster) {
        return cluster.name + "/" + cluster.arn;
    }

    static String rootMessage(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.toString() : root.getMessage();
    }
}
