package dev.awsemulator.core.kafka.api;

import java.util.List;

public record BatchAssociateScramSecretRequest(String clusterArn, List<String> secretArnList) {
}
