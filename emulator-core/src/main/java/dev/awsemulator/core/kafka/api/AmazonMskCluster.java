package dev.awsemulator.core.kafka.api;

public record AmazonMskCluster(String mskClusterArn) {
}
