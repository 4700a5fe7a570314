package dev.awsemulator.core.kafka.api;

import java.util.List;

public record BatchDisassociateScramSecretResult(String clusterArn, List<UnprocessedScramSecret> unprocessedScramSecrets) {
}
