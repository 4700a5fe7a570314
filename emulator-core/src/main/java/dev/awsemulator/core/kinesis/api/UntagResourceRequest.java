package dev.awsemulator.core.kinesis.api;

import java.util.List;

public record UntagResourceRequest(List<String> tagKeys, String resourceARN) {
}
