package dev.awsemulator.core.kinesis.api;

import java.util.List;

public record EnhancedMetrics(List<String> shardLevelMetrics) {
}
