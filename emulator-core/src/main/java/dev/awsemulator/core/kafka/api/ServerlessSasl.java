package dev.awsemulator.core.kafka.api;

public record ServerlessSasl(Iam iam) {
}
