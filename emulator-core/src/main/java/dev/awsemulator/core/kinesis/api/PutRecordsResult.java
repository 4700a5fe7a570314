package dev.awsemulator.core.kinesis.api;

import java.util.List;

public record PutRecordsResult(Integer failedRecordCount, List<PutRecordsResultEntry> records, String encryptionType) {
}
