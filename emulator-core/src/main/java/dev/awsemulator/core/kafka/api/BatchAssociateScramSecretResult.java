package dev.awsemulator.core.kafka.api;

import java.util.List;

public record BatchAssociateScramSecretResult(String clusterArn, List<UnprocessedScramSecret> unprocessedScramSecrets) {
}
