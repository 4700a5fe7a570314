package dev.awsemulator.core.kafka.api;

import java.util.List;

public record Tls(List<String> certificateAuthorityArnList, Boolean enabled) {
}
