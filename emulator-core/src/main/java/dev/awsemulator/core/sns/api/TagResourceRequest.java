package dev.awsemulator.core.sns.api;

import java.util.List;

public record TagResourceRequest(String resourceArn, List<Tag> tags) {
}
