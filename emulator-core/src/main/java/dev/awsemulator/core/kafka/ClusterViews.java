package dev.awsemulator.core.kafka;

import dev.awsemulator.core.kafka.api.BrokerEBSVolumeInfo;
import dev.awsemulator.core.kafka.api.BrokerSoftwareInfo;
import dev.awsemulator.core.kafka.api.Cluster;
import dev.awsemulator.core.kafka.api.ClusterInfo;
import dev.awsemulator.core.kafka.api.ClusterOperationInfo;
import dev.awsemulator.core.kafka.api.ClusterOperationV2;
import dev.awsemulator.core.kafka.api.ClusterOperationV2Provisioned;
import dev.awsemulator.core.kafka.api.ClusterOperationV2Summary;
import dev.awsemulator.core.kafka.api.EBSStorageInfo;
import dev.awsemulator.core.kafka.api.JmxExporter;
import dev.awsemulator.core.kafka.api.MutableClusterInfo;
import dev.awsemulator.core.kafka.api.NodeExporter;
import dev.awsemulator.core.kafka.api.OpenMonitoring;
import dev.awsemulator.core.kafka.api.OpenMonitoringInfo;
import dev.awsemulator.core.kafka.api.Prometheus;
import dev.awsemulator.core.kafka.api.PrometheusInfo;
import dev.awsemulator.core.kafka.api.Provisioned;
import dev.awsemulator.core.kafka.api.Serverless;
import dev.awsemulator.core.kafka.api.ServerlessConnectivityInfo;
import dev.awsemulator.core.kafka.api.ZookeeperAccess;

import java.util.List;

/**
 * A cluster and its operations as MSK's two API generations show them: {@code ClusterInfo} (provisioned only)
 * and {@code Cluster} with its {@code Provisioned} or {@code Serverless} part. Callers hold the cluster's monitor.
 */
final class ClusterViews {

    private ClusterViews() {
    }

    static ClusterInfo v1(MskCluster cluster) {
        ProvisionedSettings settings = cluster.settings;
        return new ClusterInfo(cluster.activeOperationArn, settings.brokerNodeGroupInfo(), settings.rebalancing(),
                settings.clientAuthentication(), cluster.arn, cluster.name, cluster.creationTime,
                software(settings), cluster.currentVersion, settings.encryptionInfo(), settings.enhancedMonitoring(),
                monitoring(settings.openMonitoring()), settings.loggingInfo(), settings.numberOfBrokerNodes(),
                cluster.state, cluster.stateInfo, cluster.tags.snapshot(), null, null, settings.storageMode(), "NONE");
    }

    static Cluster v2(MskCluster cluster) {
        Provisioned provisioned = null;
        Serverless serverless = null;
        if (cluster.serverless()) {
            serverless = new Serverless(cluster.vpcConfigs, cluster.serverlessAuthentication,
                    new ServerlessConnectivityInfo("IPV4"));
        } else {
            ProvisionedSettings settings = cluster.settings;
            provisioned = new Provisioned(settings.brokerNodeGroupInfo(), settings.rebalancing(), software(settings),
                    settings.clientAuthentication(), settings.encryptionInfo(), settings.enhancedMonitoring(),
                    settings.openMonitoring(), settings.loggingInfo(), settings.numberOfBrokerNodes(), null, null,
                    settings.storageMode(), "NONE");
        }
        return new Cluster(cluster.activeOperationArn, cluster.clusterType, cluster.arn, cluster.name,
                cluster.creationTime, cluster.currentVersion, cluster.state, cluster.stateInfo,
                cluster.tags.snapshot(), provisioned, serverless);
    }

    static BrokerSoftwareInfo software(ProvisionedSettings settings) {
        return settings.configurationInfo() == null ? new BrokerSoftwareInfo(null, null, settings.kafkaVersion())
                : new BrokerSoftwareInfo(settings.configurationInfo().arn(), settings.configurationInfo().revision(),
                        settings.kafkaVersion());
    }

    /** What an operation changes, before or after it: AWS's {@code MutableClusterInfo}. */
    static MutableClusterInfo mutable(ProvisionedSettings settings) {
        EBSStorageInfo ebs = settings.brokerNodeGroupInfo().storageInfo() == null ? null
                : settings.brokerNodeGroupInfo().storageInfo().ebsStorageInfo();
        List<BrokerEBSVolumeInfo> volumes = ebs == null ? null
                : List.of(new BrokerEBSVolumeInfo("ALL", ebs.provisionedThroughput(), ebs.volumeSize()));
        return new MutableClusterInfo(volumes, settings.configurationInfo(), settings.numberOfBrokerNodes(),
                settings.enhancedMonitoring(), monitoring(settings.openMonitoring()), new ZookeeperAccess(false),
                settings.kafkaVersion(), settings.loggingInfo(), settings.brokerNodeGroupInfo().instanceType(),
                settings.clientAuthentication(), settings.encryptionInfo(),
                settings.brokerNodeGroupInfo().connectivityInfo(), settings.storageMode(), null,
                settings.rebalancing());
    }

    static ClusterOperationInfo operationV1(MskCluster cluster, ClusterOperation operation) {
        return new ClusterOperationInfo(operation.clientRequestId, cluster.arn, operation.creationTime,
                operation.endTime, operation.errorInfo, operation.arn, operation.state, operation.steps(),
                operation.operationType, operation.source, operation.target, null);
    }

    static ClusterOperationV2 operationV2(MskCluster cluster, ClusterOperation operation) {
        ClusterOperationV2Provisioned provisioned = cluster.serverless() ? null
                : new ClusterOperationV2Provisioned(operation.steps(), operation.source, operation.target, null);
        return new ClusterOperationV2(cluster.arn, cluster.clusterType, operation.creationTime, operation.endTime,
                operation.errorInfo, operation.arn, operation.state, operation.operationType, provisioned, null);
    }

    static ClusterOperationV2Summary summary(MskCluster cluster, ClusterOperation operation) {
        return new ClusterOperationV2Summary(cluster.arn, cluster.clusterType, operation.creationTime,
                operation.endTime, operation.arn, operation.state, operation.operationType);
    }

    /** The request's monitoring shape in the response's ({@code OpenMonitoringInfo} to {@code OpenMonitoring}). */
    static OpenMonitoring monitoring(OpenMonitoringInfo info) {
        if (info == null || info.prometheus() == null) {
            return null;
        }
        PrometheusInfo prometheus = info.prometheus();
        return new OpenMonitoring(new Prometheus(
                prometheus.jmxExporter() == null ? null : new JmxExporter(prometheus.jmxExporter().enabledInBroker()),
                prometheus.nodeExporter() == null ? null
                        : new NodeExporter(prometheus.nodeExporter().enabledInBroker())));
    }
}
