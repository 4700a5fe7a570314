package dev.awsemulator.core.kinesis.api;

import java.util.List;

public record ListStreamConsumersResult(List<Consumer> consumers, String nextToken) {
}
