package dev.awsemulator.core.kafka.api;

import java.util.List;

public record BatchDisassociateScramSecretRequest(String clusterArn, List<String> secretArnList) {
}
