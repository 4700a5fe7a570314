package dev.awsemulator.core.mq.api;

import java.util.List;

public record BrokerEngineType(String engineType, List<EngineVersion> engineVersions) {
}
