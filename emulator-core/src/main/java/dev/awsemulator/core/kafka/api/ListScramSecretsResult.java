package dev.awsemulator.core.kafka.api;

import java.util.List;

public record ListScramSecretsResult(String nextToken, List<String> secretArnList) {
}
