package dev.awsemulator.core.sns.api;

import java.util.List;
import java.util.Map;

public record CreateTopicRequest(String name, Map<String, String> attributes, List<Tag> tags, String dataProtectionPolicy) {
}
