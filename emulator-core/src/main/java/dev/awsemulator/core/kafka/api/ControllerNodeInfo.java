package dev.awsemulator.core.kafka.api;

import java.util.List;

public record ControllerNodeInfo(List<String> endpoints) {
}
