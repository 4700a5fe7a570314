package dev.awsemulator.core.kinesis.api;

import java.util.List;

public record PutRecordsRequest(List<PutRecordsRequestEntry> records, String streamName, String streamARN) {
}
