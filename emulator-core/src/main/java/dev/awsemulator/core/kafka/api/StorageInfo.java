package dev.awsemulator.core.kafka.api;

public record StorageInfo(EBSStorageInfo ebsStorageInfo) {
}
