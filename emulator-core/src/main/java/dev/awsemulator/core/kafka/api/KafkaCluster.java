package dev.awsemulator.core.kafka.api;

public record KafkaCluster(AmazonMskCluster amazonMskCluster, ApacheKafkaCluster apacheKafkaCluster, KafkaClusterClientVpcConfig vpcConfig, KafkaClusterClientAuthentication clientAuthentication, KafkaClusterEncryptionInTransit encryptionInTransit) {
}
