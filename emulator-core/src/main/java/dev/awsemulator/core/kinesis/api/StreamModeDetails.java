package dev.awsemulator.core.kinesis.api;

/** PROVISIONED or ON_DEMAND. */
public record StreamModeDetails(String streamMode) {
}
