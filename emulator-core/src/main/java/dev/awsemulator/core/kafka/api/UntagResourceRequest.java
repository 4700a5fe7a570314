package dev.awsemulator.core.kafka.api;

import java.util.List;

public record UntagResourceRequest(String resourceArn, List<String> tagKeys) {
}
