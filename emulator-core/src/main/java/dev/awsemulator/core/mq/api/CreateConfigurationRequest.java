package dev.awsemulator.core.mq.api;

import java.util.Map;

public record CreateConfigurationRequest(String authenticationStrategy, String engineType, String engineVersion, String name, Map<String, String> tags) {
}
