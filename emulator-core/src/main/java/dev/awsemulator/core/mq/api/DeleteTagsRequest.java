package dev.awsemulator.core.mq.api;

import java.util.List;

public record DeleteTagsRequest(String resourceArn, List<String> tagKeys) {
}
