package dev.awsemulator.core.kafka;

import dev.awsemulator.core.common.Caller;
import dev.awsemulator.core.kafka.api.BrokerEBSVolumeInfo;
import dev.awsemulator.core.kafka.api.ConnectivityInfo;
import dev.awsemulator.core.kafka.api.EBSStorageInfo;
import dev.awsemulator.core.kafka.api.RebootBrokerRequest;
import dev.awsemulator.core.kafka.api.StorageInfo;
import dev.awsemulator.core.kafka.api.UpdateBrokerCountRequest;
import dev.awsemulator.core.kafka.api.UpdateBrokerStorageRequest;
import dev.awsemulator.core.kafka.api.UpdateBrokerTypeRequest;
import dev.awsemulator.core.kafka.api.UpdateClusterConfigurationRequest;
import dev.awsemulator.core.kafka.api.UpdateClusterKafkaVersionRequest;
import dev.awsemulator.core.kafka.api.UpdateConnectivityRequest;
import dev.awsemulator.core.kafka.api.UpdateMonitoringRequest;
import dev.awsemulator.core.kafka.api.UpdateRebalancingRequest;
import dev.awsemulator.core.kafka.api.UpdateSecurityRequest;
import dev.awsemulator.core.kafka.api.UpdateStorageRequest;
import dev.awsemulator.core.time.Clock;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * The operations that change a provisioned cluster. Each checks the cluster is {@code ACTIVE} at the version
 * the caller names, then opens a cluster operation: {@code PENDING} for one transition delay, then
 * {@code UPDATE_IN_PROGRESS} while the brokers take the change (a restart with new settings, new brokers, a
 * reboot), then {@code UPDATE_COMPLETE} with a new cluster version. Changes no broker can see (instance type,
 * storage, monitoring) need no broker work.
 */
final class ClusterUpdates {

    private static final int MAX_VOLUME_GB = 16384;

    private final Clock clock;
    private final ClusterRegistry clusters;
    private final Configurations configurations;
    private final ClusterBrokers brokers;
    private final Transitions transitions;
    private final Consumer<MskCluster> changed;

    ClusterUpdates(Clock clock, ClusterRegistry clusters, Configurations configurations, ClusterBrokers brokers,
                   Transitions transitions, Consumer<MskCluster> changed) {
        this.clock = clock;
        this.clusters = clusters;
        this.configurations = configurations;
        this.brokers = brokers;
        this.transitions = transitions;
        this.changed = changed;
    }

    String brokerCount(Caller caller, UpdateBrokerCountRequest request) {
        Integer target = Checks.required(request.targetNumberOfBrokerNodes(), "targetNumberOfBrokerNodes");
        return update(caller, request.clusterArn(), request.currentVersion(), "UPDATE_BROKER_COUNT", settings -> {
            Checks.range(target, 1, 30, "targetNumberOfBrokerNodes");
            if (target == settings.numberOfBrokerNodes()) {
                throw KafkaError.BAD_REQUEST.exception("The cluster already has " + target + " broker nodes.",
                        "targetNumberOfBrokerNodes");
            }
            ClusterLifecycle.checkBrokerCount(target, settings.brokerNodeGroupInfo().clientSubnets());
            return settings.withBrokerCount(target);
        }, brokers::apply);
    }

    String brokerType(Caller caller, UpdateBrokerTypeRequest request) {
        String target = Checks.required(request.targetInstanceType(), "targetInstanceType");
        return update(caller, request.clusterArn(), request.currentVersion(), "UPDATE_BROKER_TYPE", settings -> {
            if (target.equals(settings.brokerNodeGroupInfo().instanceType())) {
                throw KafkaError.BAD_REQUEST.exception("The brokers are already of type " + target + ".",
                        "targetInstanceType");
            }
            return settings.withInstanceType(target);
        }, ClusterUpdates::noBrokerWork);
    }

    String brokerStorage(Caller caller, UpdateBrokerStorageRequest request) {
        List<BrokerEBSVolumeInfo> volumes = Checks.required(request.targetBrokerEBSVolumeInfo(),
                "targetBrokerEBSVolumeInfo");
        BrokerEBSVolumeInfo volume = volumes.get(0);
        return update(caller, request.clusterArn(), request.currentVersion(), "INCREASE_BROKER_STORAGE",
                settings -> settings.withStorage(storage(settings, volume.volumeSizeGB(), volume.provisionedThroughput(),
                        "targetBrokerEBSVolumeInfo")), ClusterUpdates::noBrokerWork);
    }

    String storage(Caller caller, UpdateStorageRequest request) {
        Checks.oneOf(request.storageMode(), List.of("LOCAL", "TIERED"), "storageMode");
        return update(caller, request.clusterArn(), request.currentVersion(), "UPDATE_STORAGE", settings -> {
            ProvisionedSettings changed = request.volumeSizeGB() == null && request.provisionedThroughput() == null
                    ? settings : settings.withStorage(storage(settings, request.volumeSizeGB(),
                            request.provisionedThroughput(), "volumeSizeGB"));
            return request.storageMode() == null ? changed : changed.withStorageMode(request.storageMode());
        }, ClusterUpdates::noBrokerWork);
    }

    String configuration(Caller caller, UpdateClusterConfigurationRequest request) {
        Checks.required(request.configurationInfo(), "configurationInfo");
        configurations.properties(caller, request.configurationInfo());
        return update(caller, request.clusterArn(), request.currentVersion(), "UPDATE_CLUSTER_CONFIGURATION",
                settings -> settings.withConfiguration(request.configurationInfo()), brokers::apply);
    }

    String kafkaVersion(Caller caller, UpdateClusterKafkaVersionRequest request) {
        String target = Checks.required(request.targetKafkaVersion(), "targetKafkaVersion");
        KafkaVersions.check(target, "targetKafkaVersion");
        configurations.properties(caller, request.configurationInfo());
        return update(caller, request.clusterArn(), request.currentVersion(), "UPDATE_CLUSTER_KAFKA_VERSION",
                settings -> {
                    if (!KafkaVersions.compatible(settings.kafkaVersion(), target)) {
                        throw KafkaError.BAD_REQUEST.exception("The cluster can't be updated from Apache Kafka version "
                                + settings.kafkaVersion() + " to " + target + ". Use GetCompatibleKafkaVersions to"
                                + " see the versions it can be updated to.", "targetKafkaVersion");
                    }
                    return settings.withKafkaVersion(target, request.configurationInfo() == null
                            ? settings.configurationInfo() : request.configurationInfo());
                }, brokers::apply);
    }

    String connectivity(Caller caller, UpdateConnectivityRequest request) {
        ConnectivityInfo connectivity = Checks.required(request.connectivityInfo(), "connectivityInfo");
        if (connectivity.publicAccess() != null) {
            Checks.oneOf(connectivity.publicAccess().type(), List.of("DISABLED", "SERVICE_PROVIDED_EIPS"),
                    "connectivityInfo.publicAccess.type");
        }
        return update(caller, request.clusterArn(), request.currentVersion(), "UPDATE_CONNECTIVITY",
                settings -> settings.withConnectivity(connectivity), ClusterUpdates::noBrokerWork);
    }

    String monitoring(Caller caller, UpdateMonitoringRequest request) {
        Checks.oneOf(request.enhancedMonitoring(), List.of("DEFAULT", "PER_BROKER", "PER_TOPIC_PER_BROKER",
                "PER_TOPIC_PER_PARTITION"), "enhancedMonitoring");
        return update(caller, request.clusterArn(), request.currentVersion(), "UPDATE_MONITORING",
                settings -> settings.withMonitoring(
                        request.enhancedMonitoring() == null ? settings.enhancedMonitoring()
                                : request.enhancedMonitoring(),
                        request.openMonitoring() == null ? settings.openMonitoring() : request.openMonitoring(),
                        request.loggingInfo() == null ? settings.loggingInfo() : request.loggingInfo()),
                ClusterUpdates::noBrokerWork);
    }

    String security(Caller caller, UpdateSecurityRequest request) {
        if (request.clientAuthentication() == null && request.encryptionInfo() == null) {
            throw KafkaError.BAD_REQUEST.exception("Specify clientAuthentication, encryptionInfo or both.",
                    "clientAuthentication");
        }
        return update(caller, request.clusterArn(), request.currentVersion(), "UPDATE_SECURITY", settings -> {
            var authentication = request.clientAuthentication() == null ? settings.clientAuthentication()
                    : ClusterSecurity.authentication(request.clientAuthentication());
            var encryption = request.encryptionInfo() == null ? settings.encryptionInfo()
                    : ClusterSecurity.encryption(caller, request.encryptionInfo());
            ClusterSecurity.check(authentication, encryption);
            return settings.withSecurity(authentication, encryption);
        }, brokers::apply);
    }

    String rebalancing(Caller caller, UpdateRebalancingRequest request) {
        Checks.required(request.rebalancing(), "rebalancing");
        Checks.oneOf(request.rebalancing().status(), List.of("PAUSED", "ACTIVE"), "rebalancing.status");
        return update(caller, request.clusterArn(), request.currentVersion(), "UPDATE_REBALANCING",
                settings -> settings.withRebalancing(request.rebalancing()), ClusterUpdates::noBrokerWork);
    }

    /** Restarts one broker; the cluster is {@code REBOOTING_BROKER} meanwhile and keeps its version. */
    String reboot(Caller caller, RebootBrokerRequest request) {
        List<String> ids = Checks.required(request.brokerIds(), "brokerIds");
        MskCluster cluster = ClusterLifecycle.provisionedOnly(clusters.find(caller, request.clusterArn()));
        if (ids.size() != 1) {
            throw KafkaError.BAD_REQUEST.exception("You can reboot only one broker at a time.", "brokerIds");
        }
        List<Integer> brokerIds;
        synchronized (cluster) {
            brokerIds = ids.stream().map(id -> brokerId(cluster, id)).toList();
        }
        return open(cluster, null, "REBOOT_NODE", "REBOOTING_BROKER", UnaryOperator.identity(),
                target -> brokers.reboot(cluster, brokerIds), false);
    }

    private String update(Caller caller, String clusterArn, String currentVersion, String operationType,
                          UnaryOperator<ProvisionedSettings> change, Function<MskCluster, CompletionStage<Void>> work) {
        MskCluster cluster = ClusterLifecycle.provisionedOnly(clusters.find(caller, clusterArn));
        Checks.required(currentVersion, "currentVersion");
        return open(cluster, currentVersion, operationType, "UPDATING", change, work, true);
    }

    private String open(MskCluster cluster, String currentVersion, String operationType, String passingState,
                        UnaryOperator<ProvisionedSettings> change, Function<MskCluster, CompletionStage<Void>> work,
                        boolean newVersion) {
        ClusterOperation operation;
        ProvisionedSettings source;
        ProvisionedSettings target;
        synchronized (cluster) {
            if (!ClusterLifecycle.ACTIVE.equals(cluster.state)) {
                throw KafkaError.BAD_REQUEST.exception("The cluster is in the " + cluster.state + " state. You can"
                        + " update a cluster only when it is ACTIVE.", "clusterArn");
            }
            if (currentVersion != null && !currentVersion.equals(cluster.currentVersion)) {
                throw ClusterLifecycle.versionMismatch(cluster, currentVersion);
            }
            source = cluster.settings;
            target = change.apply(source);
            operation = new ClusterOperation(KafkaArns.operation(cluster.arn, UUID.randomUUID()),
                    UUID.randomUUID().toString(), operationType, clock.now(), ClusterViews.mutable(source),
                    ClusterViews.mutable(target));
            cluster.operations.add(operation);
            cluster.state = passingState;
            cluster.activeOperationArn = operation.arn;
            changed.accept(cluster);
        }
        ProvisionedSettings before = source;
        ProvisionedSettings after = target;
        transitions.after(CompletableFuture.completedFuture(null), () -> {
            synchronized (cluster) {
                if (cluster.removed || operation.finished()) {
                    return;
                }
                operation.state = ClusterOperation.IN_PROGRESS;
                cluster.settings = after;
                changed.accept(cluster);
            }
            transitions.after(work.apply(cluster), () -> finish(cluster, operation, newVersion),
                    error -> fail(cluster, operation, before, error));
        }, error -> fail(cluster, operation, before, error));
        return operation.arn;
    }

    private void finish(MskCluster cluster, ClusterOperation operation, boolean newVersion) {
        synchronized (cluster) {
            if (cluster.removed || operation.finished()) {
                return;
            }
            operation.complete(clock.now());
            if (newVersion) {
                cluster.currentVersion = ClusterVersions.next();
            }
            end(cluster, operation);
        }
    }

    /** A change the brokers could not take is undone: the cluster keeps the settings it had. */
    private void fail(MskCluster cluster, ClusterOperation operation, ProvisionedSettings before, Throwable error) {
        synchronized (cluster) {
            if (cluster.removed || operation.finished()) {
                return;
            }
            cluster.settings = before;
            operation.fail(clock.now(), "BrokerUpdateFailed", ClusterLifecycle.rootMessage(error));
            end(cluster, operation);
        }
    }

    private void end(MskCluster cluster, ClusterOperation operation) {
        if (operation.arn.equals(cluster.activeOperationArn)) {
            cluster.activeOperationArn = null;
            cluster.state = ClusterLifecycle.ACTIVE;
        }
        changed.accept(cluster);
    }

    private static StorageInfo storage(ProvisionedSettings settings, Integer volumeSize,
                                       dev.awsemulator.core.kafka.api.ProvisionedThroughput throughput, String member) {
        EBSStorageInfo current = settings.brokerNodeGroupInfo().storageInfo().ebsStorageInfo();
        if (volumeSize != null) {
            Checks.range(volumeSize, 1, MAX_VOLUME_GB, member);
            if (volumeSize <= current.volumeSize()) {
                throw KafkaError.BAD_REQUEST.exception("The target volume size " + volumeSize + " GiB must be larger"
                        + " than the current size of " + current.volumeSize() + " GiB.", member);
            }
        }
        return new StorageInfo(new EBSStorageInfo(throughput == null ? current.provisionedThroughput() : throughput,
                volumeSize == null ? current.volumeSize() : volumeSize));
    }

    private static int brokerId(MskCluster cluster, String id) {
        try {
            int brokerId = (int) Double.parseDouble(id);
            if (brokerId >= 1 && brokerId <= cluster.brokerCount()) {
                return brokerId;
            }
        } catch (NumberFormatException e) {
            // answered below, as an id that names no broker
        }
        throw KafkaError.BAD_REQUEST.exception("The cluster has no broker with the ID " + id + ".", "brokerIds");
    }

    private static CompletionStage<Void> noBrokerWork(MskCluster cluster) {
        return CompletableFuture.completedFuture(null);
    }
}
