package dev.awsemulator.core.kafka.api;

public record ReplicatorLogDelivery(ReplicatorCloudWatchLogs cloudWatchLogs, ReplicatorFirehose firehose, ReplicatorS3 s3) {
}
