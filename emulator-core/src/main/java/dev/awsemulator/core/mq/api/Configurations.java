package dev.awsemulator.core.mq.api;

import java.util.List;

public record Configurations(ConfigurationId current, List<ConfigurationId> history, ConfigurationId pending) {
}
