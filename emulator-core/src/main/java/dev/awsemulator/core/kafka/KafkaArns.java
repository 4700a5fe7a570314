package dev.awsemulator.core.kafka;

import dev.awsemulator.core.common.Caller;

import java.util.UUID;

/**
 * MSK's ARN formats. A cluster's resource id is its name and a UUID with a suffix
 * ({@code cluster/orders/6357e0b2-...-2}); its operations, brokers and topics are named under that id.
 */
final class KafkaArns {

    private KafkaArns() {
    }

    static String prefix(Caller caller) {
        return "arn:" + caller.partition() + ":kafka:" + caller.region() + ":" + caller.accountId() + ":";
    }

    /** The part after {@code cluster/}: {@code name/uuid-suffix}. */
    static String clusterId(String name, UUID uuid, boolean serverless) {
        return name + "/" + uuid + (serverless ? "-s1" : "-2");
    }

    static String cluster(Caller caller, String clusterId) {
        return prefix(caller) + "cluster/" + clusterId;
    }

    static String operation(String clusterArn, UUID operation) {
        return clusterArn.replace(":cluster/", ":cluster-operation/") + "/" + operation;
    }

    static String broker(String clusterArn, int brokerId) {
        return clusterArn.replace(":cluster/", ":broker/") + "/" + brokerId;
    }

    static String topic(String clusterArn, String topic) {
        return clusterArn.replace(":cluster/", ":topic/") + "/" + topic;
    }

    static String configuration(Caller caller, String name, UUID uuid) {
        return prefix(caller) + "configuration/" + name + "/" + uuid + "-2";
    }

    static String replicator(Caller caller, String name, UUID uuid) {
        return prefix(caller) + "replicator/" + name + "/" + uuid + "-2";
    }

    static String vpcConnection(Caller caller, String clusterName, UUID uuid) {
        return prefix(caller) + "vpc-connection/" + caller.accountId() + "/" + clusterName + "/" + uuid + "-2";
    }

    /** True when {@code arn} names a resource of the caller's account and region. */
    static boolean owned(Caller caller, String arn) {
        return arn != null && arn.startsWith(prefix(caller));
    }
}
