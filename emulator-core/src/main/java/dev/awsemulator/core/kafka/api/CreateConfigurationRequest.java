package dev.awsemulator.core.kafka.api;

import java.util.List;

public record CreateConfigurationRequest(String description, List<String> kafkaVersions, String name, byte[] serverProperties) {
}
