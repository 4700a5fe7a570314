package dev.awsemulator.core.kafka;

import dev.awsemulator.core.common.Caller;
import dev.awsemulator.core.kafka.api.*;
import dev.awsemulator.core.kafka.brokers.BrokerRuntime;
import dev.awsemulator.core.kafka.brokers.RunningCluster;
import dev.awsemulator.core.persistence.RestoredState;
import dev.awsemulator.core.persistence.ServiceStorage;
import dev.awsemulator.core.persistence.StateJournal;
import dev.awsemulator.core.service.EmulatedService;
import dev.awsemulator.core.service.RuntimeLibraries;
import dev.awsemulator.core.service.ServiceRegistration;
import dev.awsemulator.core.time.Clock;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Amazon MSK: every operation of the {@code kafka} 2018-11-14 API, named after it, over real Kafka brokers
 * that a {@link BrokerRuntime} runs for each cluster. Each request is validated before anything changes. The
 * work is done by one collaborator per concern; this class only routes, and stops brokers when resources go.
 */
public final class KafkaService implements EmulatedService {

    /** How an emulator makes its MSK. */
    public static final ServiceRegistration<KafkaService> REGISTRATION = ServiceRegistration.of(KafkaService.class,
            context -> new KafkaService(context.clock(), context.options(KafkaOptions.class, KafkaOptions.DEFAULTS),
                    context.journal(), context.storage("kafka"),
                    context.checkOnly() ? () -> BrokerRuntimes.IDLE : context.port(BrokerRuntime.class, null),
                    context.port(RuntimeLibraries.class, RuntimeLibraries.CLASS_PATH)));

    /** How long closing, resetting or deleting an account waits for brokers to stop. */
    private static final long STOP_TIMEOUT_SECONDS = 60;

    private final KafkaJournal journal;
    private final ClusterRegistry clusters = new ClusterRegistry();
    private final Transitions transitions;
    private final BrokerCertificate certificate;
    private final Configurations configurations;
    private final ScramSecrets secrets;
    private final ClusterBrokers brokers;
    private final ClusterLifecycle lifecycle;
    private final ClusterUpdates updates;
    private final OperationQueries operations;
    private final Topics topics;
    private final Replicators replicators;
    private final VpcConnections connections;
    private final KafkaTagging tagging;
    private final boolean keepsFiles;

    /**
     * An MSK that journals every change, keeps brokers' logs and its certificate file in {@code storage} and
     * runs brokers with the runtime {@code boundRuntime} gives (null: the first that {@code libraries} provide).
     */
    public KafkaService(Clock clock, KafkaOptions options, StateJournal stateJournal, ServiceStorage storage,
                        Supplier<BrokerRuntime> boundRuntime, Supplier<RuntimeLibraries> libraries) {
        this.journal = new KafkaJournal(stateJournal);
        this.keepsFiles = storage.persistent();
        this.transitions = new Transitions(clock, options.transitionDelay());
        this.certificate = new BrokerCertificate(clock, stateJournal, options.brokerHost(), storage);
        this.configurations = new Configurations(clock, this::configurationChanged);
        this.secrets = new ScramSecrets(clusters, this::secretChanged, journal::cluster);
        this.brokers = new ClusterBrokers(clock, new BrokerRuntimes(boundRuntime, libraries), options, storage,
                certificate, this::serverProperties, secrets::users, journal::cluster);
        this.lifecycle = new ClusterLifecycle(clock, clusters, configurations, brokers, transitions, journal::cluster);
        this.updates = new ClusterUpdates(clock, clusters, configurations, brokers, transitions, journal::cluster);
        this.operations = new OperationQueries(clusters);
        this.topics = new Topics(clusters);
        this.replicators = new Replicators(clock, clusters, transitions, this::replicatorChanged);
        this.connections = new VpcConnections(clock, clusters, transitions, this::connectionChanged);
        this.tagging = new KafkaTagging(List.of(
                arn -> tagged(clusters.get(arn), cluster -> new KafkaTagging.Tagged(cluster.tags, () -> {
                    synchronized (cluster) {
                        journal.cluster(cluster);
                    }
                })),
                arn -> tagged(replicators.get(arn), replicator -> new KafkaTagging.Tagged(replicator.tags,
                        () -> replicatorChanged(replicator))),
                arn -> tagged(connections.get(arn), connection -> new KafkaTagging.Tagged(connection.tags,
                        () -> connectionChanged(connection)))));
    }

    @Override
    public String name() {
        return "kafka";
    }

    /**
     * Deletes every cluster (stopping its brokers and deleting their logs) and every other resource; a cluster
     * created again under a removed one's name takes its ports when free.
     */
    @Override
    public void reset() {
        transitions.cancelAll();
        clusters.all().forEach(clusters::rememberPortsForReset);
        removeAll(resource -> true);
        secrets.clear();
    }

    @Override
    public void deleteAccount(String accountId) {
        removeAll(accountId::equals);
        secrets.removeIf(secret -> ScramSecrets.accountOf(secret.arn()).equals(accountId));
    }

    /** Stops every broker; with a data directory their logs stay there for the next start. */
    @Override
    public void close() {
        transitions.cancelAll();
        List<CompletionStage<Void>> stopping = new ArrayList<>();
        for (MskCluster cluster : clusters.all()) {
            stopping.add(brokers.stop(cluster, !keepsFiles));
        }
        await(stopping);
    }

    // ---- read models for tools ----

    /** The certificate every TLS listener presents, in PEM: what clients add to their trust store. */
    public String brokerCertificatePem() {
        return certificate.pem();
    }

    /**
     * Registers the user name and password a Secrets Manager secret holds, so that {@code BatchAssociateScramSecret}
     * can give them to a cluster. {@code nameOrArn} is the secret's full ARN, or its name (an ARN in the caller's
     * account and region is made for it). Returns the secret's ARN.
     */
    public String registerScramSecret(Caller caller, String nameOrArn, String username, String password) {
        return secrets.register(caller, nameOrArn, username, password);
    }

    /** Every cluster of every account and region, by ARN. */
    public List<ClusterOverview> overview() {
        return clusters.all().stream().map(cluster -> {
            synchronized (cluster) {
                RunningCluster running = cluster.running;
                return new ClusterOverview(cluster.arn, cluster.name, cluster.accountId, cluster.region,
                        cluster.clusterType, cluster.state,
                        cluster.stateInfo == null ? null : cluster.stateInfo.message(),
                        cluster.serverless() ? null : cluster.settings.kafkaVersion(),
                        running == null ? null : running.kafkaVersion(), running == null ? null : running.problem(),
                        cluster.nodes);
            }
        }).toList();
    }

    /** The topics and consumer groups of a cluster whose brokers run; fails as a topic operation would if none do. */
    public CompletionStage<ClusterContents> contents(String clusterArn) {
        MskCluster cluster = clusters.get(clusterArn);
        RunningCluster running = cluster == null ? null : runningOf(cluster);
        if (running == null) {
            return CompletableFuture.failedFuture(KafkaError.CLUSTER_CONNECTIVITY.exception(
                    "No broker of cluster " + clusterArn + " runs.", "clusterArn"));
        }
        var topicList = running.topics().list();
        var groups = running.topics().groups();
        return topicList.thenCombine(groups, ClusterContents::new);
    }

    /** The health entry: what runs the brokers, once a cluster needed them. */
    public String status() {
        String runtime = brokers.runtimeDescription();
        return runtime == null ? "running" : "running; brokers: " + runtime;
    }

    // ---- clusters ----

    public CreateClusterResult createCluster(Caller caller, CreateClusterRequest request) {
        return lifecycle.create(caller, request);
    }

    public CreateClusterV2Result createClusterV2(Caller caller, CreateClusterV2Request request) {
        return lifecycle.createV2(caller, request);
    }

    public DeleteClusterResult deleteCluster(Caller caller, DeleteClusterRequest request) {
        return lifecycle.delete(caller, request);
    }

    public DescribeClusterResult describeCluster(Caller caller, DescribeClusterRequest request) {
        return new DescribeClusterResult(lifecycle.describe(caller, request.clusterArn()));
    }

    public DescribeClusterV2Result describeClusterV2(Caller caller, DescribeClusterV2Request request) {
        return new DescribeClusterV2Result(lifecycle.describeV2(caller, request.clusterArn()));
    }

    public ListClustersResult listClusters(Caller caller, ListClustersRequest request) {
        return lifecycle.list(caller, request);
    }

    public ListClustersV2Result listClustersV2(Caller caller, ListClustersV2Request request) {
        return lifecycle.listV2(caller, request);
    }

    public GetBootstrapBrokersResult getBootstrapBrokers(Caller caller, GetBootstrapBrokersRequest request) {
        return lifecycle.bootstrapBrokers(caller, request.clusterArn());
    }

    public ListNodesResult listNodes(Caller caller, ListNodesRequest request) {
        return lifecycle.nodes(caller, request);
    }

    // ---- cluster updates and operations ----

    public UpdateBrokerCountResult updateBrokerCount(Caller caller, UpdateBrokerCountRequest request) {
        return new UpdateBrokerCountResult(request.clusterArn(), updates.brokerCount(caller, request));
    }

    public UpdateBrokerStorageResult updateBrokerStorage(Caller caller, UpdateBrokerStorageRequest request) {
        return new UpdateBrokerStorageResult(request.clusterArn(), updates.brokerStorage(caller, request));
    }

    public UpdateBrokerTypeResult updateBrokerType(Caller caller, UpdateBrokerTypeRequest request) {
        return new UpdateBrokerTypeResult(request.clusterArn(), updates.brokerType(caller, request));
    }

    public UpdateClusterConfigurationResult updateClusterConfiguration(Caller caller,
                                                                       UpdateClusterConfigurationRequest request) {
        return new UpdateClusterConfigurationResult(request.clusterArn(), updates.configuration(caller, request));
    }

    public UpdateClusterKafkaVersionResult updateClusterKafkaVersion(Caller caller,
                                                                     UpdateClusterKafkaVersionRequest request) {
        return new UpdateClusterKafkaVersionResult(request.clusterArn(), updates.kafkaVersion(caller, request));
    }

    public UpdateConnectivityResult updateConnectivity(Caller caller, UpdateConnectivityRequest request) {
        return new UpdateConnectivityResult(request.clusterArn(), updates.connectivity(caller, request));
    }

    public UpdateMonitoringResult updateMonitoring(Caller caller, UpdateMonitoringRequest request) {
        return new UpdateMonitoringResult(request.clusterArn(), updates.monitoring(caller, request));
    }

    public UpdateSecurityResult updateSecurity(Caller caller, UpdateSecurityRequest request) {
        return new UpdateSecurityResult(request.clusterArn(), updates.security(caller, request));
    }

    public UpdateStorageResult updateStorage(Caller caller, UpdateStorageRequest request) {
        return new UpdateStorageResult(request.clusterArn(), updates.storage(caller, request));
    }

    public UpdateRebalancingResult updateRebalancing(Caller caller, UpdateRebalancingRequest request) {
        return new UpdateRebalancingResult(request.clusterArn(), updates.rebalancing(caller, request));
    }

    public RebootBrokerResult rebootBroker(Caller caller, RebootBrokerRequest request) {
        return new RebootBrokerResult(request.clusterArn(), updates.reboot(caller, request));
    }

    public DescribeClusterOperationResult describeClusterOperation(Caller caller,
                                                                   DescribeClusterOperationRequest request) {
        return new DescribeClusterOperationResult(operations.describe(caller, request.clusterOperationArn()));
    }

    public DescribeClusterOperationV2Result describeClusterOperationV2(Caller caller,
                                                                       DescribeClusterOperationV2Request request) {
        return new DescribeClusterOperationV2Result(operations.describeV2(caller, request.clusterOperationArn()));
    }

    public ListClusterOperationsResult listClusterOperations(Caller caller, ListClusterOperationsRequest request) {
        return operations.list(caller, request.clusterArn(), request.maxResults(), request.nextToken());
    }

    public ListClusterOperationsV2Result listClusterOperationsV2(Caller caller,
                                                                 ListClusterOperationsV2Request request) {
        return operations.listV2(caller, request.clusterArn(), request.maxResults(), request.nextToken());
    }

    // ---- configurations and versions ----

    public CreateConfigurationResult createConfiguration(Caller caller, CreateConfigurationRequest request) {
        return configurations.create(caller, request);
    }

    public DescribeConfigurationResult describeConfiguration(Caller caller, DescribeConfigurationRequest request) {
        return configurations.describe(caller, request.arn());
    }

    public DescribeConfigurationRevisionResult describeConfigurationRevision(
            Caller caller, DescribeConfigurationRevisionRequest request) {
        return configurations.describeRevision(caller, request.arn(), request.revision());
    }

    public ListConfigurationsResult listConfigurations(Caller caller, ListConfigurationsRequest request) {
        return configurations.list(caller, request);
    }

    public ListConfigurationRevisionsResult listConfigurationRevisions(Caller caller,
                                                                       ListConfigurationRevisionsRequest request) {
        return configurations.listRevisions(caller, request);
    }

    public UpdateConfigurationResult updateConfiguration(Caller caller, UpdateConfigurationRequest request) {
        return configurations.update(caller, request);
    }

    public DeleteConfigurationResult deleteConfiguration(Caller caller, DeleteConfigurationRequest request) {
        boolean inUse = clusters.all().stream().anyMatch(cluster -> {
            synchronized (cluster) {
                return cluster.settings != null && cluster.settings.configurationInfo() != null
                        && cluster.settings.configurationInfo().arn().equals(request.arn());
            }
        });
        return new DeleteConfigurationResult(configurations.delete(caller, request.arn(), inUse).arn, "DELETING");
    }

    public ListKafkaVersionsResult listKafkaVersions(Caller caller, ListKafkaVersionsRequest request) {
        return KafkaVersions.list(request);
    }

    public GetCompatibleKafkaVersionsResult getCompatibleKafkaVersions(Caller caller,
                                                                       GetCompatibleKafkaVersionsRequest request) {
        if (request.clusterArn() == null) {
            return new GetCompatibleKafkaVersionsResult(KafkaVersions.compatible(null));
        }
        MskCluster cluster = ClusterLifecycle.provisionedOnly(clusters.find(caller, request.clusterArn()));
        synchronized (cluster) {
            return new GetCompatibleKafkaVersionsResult(KafkaVersions.compatible(cluster.settings.kafkaVersion()));
        }
    }

    // ---- SCRAM secrets ----

    public BatchAssociateScramSecretResult batchAssociateScramSecret(Caller caller,
                                                                     BatchAssociateScramSecretRequest request) {
        BatchAssociateScramSecretResult result = secrets.associate(caller, request);
        brokers.refreshUsers(clusters.find(caller, request.clusterArn()));
        return result;
    }

    public BatchDisassociateScramSecretResult batchDisassociateScramSecret(
            Caller caller, BatchDisassociateScramSecretRequest request) {
        BatchDisassociateScramSecretResult result = secrets.disassociate(caller, request);
        brokers.refreshUsers(clusters.find(caller, request.clusterArn()));
        return result;
    }

    public ListScramSecretsResult listScramSecrets(Caller caller, ListScramSecretsRequest request) {
        return secrets.list(caller, request);
    }

    // ---- cluster policies ----

    public PutClusterPolicyResult putClusterPolicy(Caller caller, PutClusterPolicyRequest request) {
        MskCluster cluster = clusters.find(caller, request.clusterArn());
        String policy = Checks.required(request.policy(), "policy");
        if (dev.awsemulator.core.common.JsonDocuments.parseObject(policy) == null) {
            throw KafkaError.BAD_REQUEST.exception("The policy is not a valid JSON policy document.", "policy");
        }
        synchronized (cluster) {
            if (request.currentVersion() != null && !request.currentVersion().equals(cluster.policyVersion)) {
                throw KafkaError.BAD_REQUEST.exception("The policy's current version is " + cluster.policyVersion
                        + ", not " + request.currentVersion() + ".", "currentVersion");
            }
            cluster.policy = policy;
            cluster.policyVersion = ClusterVersions.next();
            journal.cluster(cluster);
            return new PutClusterPolicyResult(cluster.policyVersion);
        }
    }

    public GetClusterPolicyResult getClusterPolicy(Caller caller, GetClusterPolicyRequest request) {
        MskCluster cluster = clusters.find(caller, request.clusterArn());
        synchronized (cluster) {
            if (cluster.policy == null) {
                throw KafkaError.NOT_FOUND.exception("The cluster " + cluster.arn + " has no policy.", "clusterArn");
            }
            return new GetClusterPolicyResult(cluster.policyVersion, cluster.policy);
        }
    }

    public DeleteClusterPolicyResult deleteClusterPolicy(Caller caller, DeleteClusterPolicyRequest request) {
        MskCluster cluster = clusters.find(caller, request.clusterArn());
        synchronized (cluster) {
            cluster.policy = null;
            cluster.policyVersion = null;
            journal.cluster(cluster);
        }
        return new DeleteClusterPolicyResult();
    }

    // ---- topics ----

    public CompletionStage<CreateTopicResult> createTopic(Caller caller, CreateTopicRequest request) {
        return topics.create(caller, request);
    }

    public CompletionStage<UpdateTopicResult> updateTopic(Caller caller, UpdateTopicRequest request) {
        return topics.update(caller, request);
    }

    public CompletionStage<DeleteTopicResult> deleteTopic(Caller caller, DeleteTopicRequest request) {
        return topics.delete(caller, request);
    }

    public CompletionStage<DescribeTopicResult> describeTopic(Caller caller, DescribeTopicRequest request) {
        return topics.describe(caller, request);
    }

    public CompletionStage<DescribeTopicPartitionsResult> describeTopicPartitions(
            Caller caller, DescribeTopicPartitionsRequest request) {
        return topics.partitions(caller, request);
    }

    public CompletionStage<ListTopicsResult> listTopics(Caller caller, ListTopicsRequest request) {
        return topics.list(caller, request);
    }

    // ---- replicators ----

    public CreateReplicatorResult createReplicator(Caller caller, CreateReplicatorRequest request) {
        return replicators.create(caller, request);
    }

    public DescribeReplicatorResult describeReplicator(Caller caller, DescribeReplicatorRequest request) {
        return replicators.describe(caller, request.replicatorArn());
    }

    public ListReplicatorsResult listReplicators(Caller caller, ListReplicatorsRequest request) {
        return replicators.list(caller, request);
    }

    public UpdateReplicationInfoResult updateReplicationInfo(Caller caller, UpdateReplicationInfoRequest request) {
        return replicators.update(caller, request);
    }

    public DeleteReplicatorResult deleteReplicator(Caller caller, DeleteReplicatorRequest request) {
        return replicators.delete(caller, request);
    }

    // ---- VPC connections ----

    public CreateVpcConnectionResult createVpcConnection(Caller caller, CreateVpcConnectionRequest request) {
        return connections.create(caller, request);
    }

    public DescribeVpcConnectionResult describeVpcConnection(Caller caller, DescribeVpcConnectionRequest request) {
        return connections.describe(caller, request.arn());
    }

    public ListVpcConnectionsResult listVpcConnections(Caller caller, ListVpcConnectionsRequest request) {
        return connections.list(caller, request);
    }

    public DeleteVpcConnectionResult deleteVpcConnection(Caller caller, DeleteVpcConnectionRequest request) {
        return connections.delete(caller, request.arn());
    }

    public ListClientVpcConnectionsResult listClientVpcConnections(Caller caller,
                                                                   ListClientVpcConnectionsRequest request) {
        return connections.listClient(caller, request);
    }

    public RejectClientVpcConnectionResult rejectClientVpcConnection(Caller caller,
                                                                     RejectClientVpcConnectionRequest request) {
        connections.reject(caller, request);
        return new RejectClientVpcConnectionResult();
    }

    // ---- tags ----

    public void tagResource(Caller caller, TagResourceRequest request) {
        tagging.tag(caller, request.resourceArn(), request.tags());
    }

    public void untagResource(Caller caller, UntagResourceRequest request) {
        tagging.untag(caller, request.resourceArn(), request.tagKeys());
    }

    public ListTagsForResourceResult listTagsForResource(Caller caller, ListTagsForResourceRequest request) {
        return new ListTagsForResourceResult(tagging.list(caller, request.resourceArn()));
    }

    // ---- persistence ----

    @Override
    public void exportState(StateJournal out) {
        certificate.export(out);
        KafkaJournal.export(out, clusters, configurations, replicators, connections, secrets);
    }

    /** Rebuilds every resource, then starts the brokers of every cluster that had them. */
    @Override
    public void restoreState(RestoredState state) {
        certificate.restore(state);
        KafkaJournal.secrets(state).forEach(secrets::add);
        KafkaJournal.configurations(state).forEach(configurations::add);
        KafkaJournal.replicators(state).forEach(replicators::add);
        KafkaJournal.vpcConnections(state).forEach(connections::add);
        List<MskCluster> deleted = new ArrayList<>();
        List<MskCluster> restored = KafkaJournal.clusters(state, deleted);
        restored.forEach(clusters::add);
        deleted.forEach(cluster -> brokers.stop(cluster, true));
        restored.forEach(lifecycle::resume);
    }

    // ---- internals ----

    private void removeAll(Predicate<String> account) {
        List<CompletionStage<Void>> stopping = new ArrayList<>();
        for (MskCluster cluster : clusters.all()) {
            if (account.test(cluster.accountId) && clusters.remove(cluster)) {
                synchronized (cluster) {
                    journal.cluster(cluster);
                }
                stopping.add(brokers.stop(cluster, true));
            }
        }
        configurations.removeIf(entry -> account.test(entry.accountId) && dropped(entry));
        replicators.removeIf(replicator -> account.test(replicator.accountId) && dropped(replicator));
        connections.removeIf(connection -> account.test(connection.accountId) && dropped(connection));
        await(stopping);
    }

    private boolean dropped(Configurations.Entry entry) {
        journal.configuration(entry, false);
        return true;
    }

    private boolean dropped(Replicators.Replicator replicator) {
        journal.replicator(replicator, false);
        return true;
    }

    private boolean dropped(VpcConnections.Connection connection) {
        journal.vpcConnection(connection, false);
        return true;
    }

    private Map<String, String> serverProperties(MskCluster cluster) {
        Map<String, String> configured = cluster.serverless() || cluster.settings.configurationInfo() == null
                ? Map.of() : configurations.propertiesOf(cluster.settings.configurationInfo());
        return ServerProperties.effective(configured, cluster.brokerCount());
    }

    private void configurationChanged(Configurations.Entry entry) {
        journal.configuration(entry, configurations.get(entry.arn) == entry);
    }

    private void replicatorChanged(Replicators.Replicator replicator) {
        journal.replicator(replicator, replicators.get(replicator.arn) == replicator);
    }

    private void connectionChanged(VpcConnections.Connection connection) {
        journal.vpcConnection(connection, connections.get(connection.arn) == connection);
    }

    private void secretChanged(ScramSecrets.Secret secret) {
        journal.secret(secret, true);
    }

    private static RunningCluster runningOf(MskCluster cluster) {
        synchronized (cluster) {
            return cluster.running;
        }
    }

    private static <T> KafkaTagging.Tagged tagged(T resource,
                                                  java.util.function.Function<T, KafkaTagging.Tagged> tags) {
        return resource == null ? null : tags.apply(resource);
    }

    /** Waits for brokers to stop, so that their ports and files are free when the caller goes on. */
    private static void await(List<CompletionStage<Void>> stopping) {
        try {
            CompletableFuture.allOf(stopping.stream().map(CompletionStage::toCompletableFuture)
                    .toArray(CompletableFuture[]::new)).get(STOP_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("brokers did not stop: " + e.getMessage(), e);
        }
    }
}
