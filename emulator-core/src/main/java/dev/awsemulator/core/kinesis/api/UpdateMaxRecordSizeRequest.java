package dev.awsemulator.core.kinesis.api;

public record UpdateMaxRecordSizeRequest(String streamARN, Integer maxRecordSizeInKiB) {
}
