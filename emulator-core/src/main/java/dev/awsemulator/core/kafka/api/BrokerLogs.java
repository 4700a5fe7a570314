package dev.awsemulator.core.kafka.api;

public record BrokerLogs(CloudWatchLogs cloudWatchLogs, Firehose firehose, S3 s3) {
}
