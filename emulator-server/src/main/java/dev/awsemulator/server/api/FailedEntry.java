package dev.awsemulator.server.api;

import dev.awsemulator.core.common.ErrorCode;

/**
 * One entry of a batch request that a fault rule failed: where it was in the request, its id (null for
 * batches whose entries have none, such as PutRecords'), and the error it is reported with.
 */
public record FailedEntry(int index, String id, ErrorCode error, String message) {
}
