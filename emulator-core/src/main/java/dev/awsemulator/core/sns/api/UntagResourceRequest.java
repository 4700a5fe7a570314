package dev.awsemulator.core.sns.api;

import java.util.List;

public record UntagResourceRequest(String resourceArn, List<String> tagKeys) {
}
