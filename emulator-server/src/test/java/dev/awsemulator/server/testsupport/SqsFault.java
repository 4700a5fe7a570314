package dev.awsemulator.server.testsupport;

/**
 * The SQS errors the suites expect, as every SDK reports them: the Query code (the
 * {@code x-amzn-query-error} header for JSON clients, {@code <Code>} for Query clients) and the HTTP
 * status, from the query-code column of PROTOCOL.md §1.3. Spelled here once, independently of the
 * server's own table, so that a wrong entry there shows up as a failing test.
 */
public enum SqsFault {
    NON_EXISTENT_QUEUE("AWS.SimpleQueueService.NonExistentQueue", 400),
    QUEUE_ALREADY_EXISTS("QueueAlreadyExists", 400),
    QUEUE_DELETED_RECENTLY("AWS.SimpleQueueService.QueueDeletedRecently", 400),
    PURGE_QUEUE_IN_PROGRESS("AWS.SimpleQueueService.PurgeQueueInProgress", 403),
    BATCH_ENTRY_IDS_NOT_DISTINCT("AWS.SimpleQueueService.BatchEntryIdsNotDistinct", 400),
    BATCH_REQUEST_TOO_LONG("AWS.SimpleQueueService.BatchRequestTooLong", 400),
    EMPTY_BATCH_REQUEST("AWS.SimpleQueueService.EmptyBatchRequest", 400),
    INVALID_BATCH_ENTRY_ID("AWS.SimpleQueueService.InvalidBatchEntryId", 400),
    TOO_MANY_ENTRIES_IN_BATCH_REQUEST("AWS.SimpleQueueService.TooManyEntriesInBatchRequest", 400),
    MESSAGE_NOT_INFLIGHT("AWS.SimpleQueueService.MessageNotInflight", 400),
    RECEIPT_HANDLE_IS_INVALID("ReceiptHandleIsInvalid", 404),
    RESOURCE_NOT_FOUND("ResourceNotFoundException", 404),
    INVALID_ATTRIBUTE_NAME("InvalidAttributeName", 400),
    INVALID_ATTRIBUTE_VALUE("InvalidAttributeValue", 400),
    INVALID_MESSAGE_CONTENTS("InvalidMessageContents", 400),
    INVALID_PARAMETER_VALUE("InvalidParameterValue", 400),
    INVALID_SECURITY("InvalidSecurity", 403),
    KMS_THROTTLED("KMS.ThrottlingException", 400),
    REQUEST_THROTTLED("RequestThrottled", 403),
    MISSING_PARAMETER("MissingParameter", 400);

    private final String code;
    private final int httpStatus;

    SqsFault(String code, int httpStatus) {
        this.code = code;
        this.httpStatus = httpStatus;
    }

    public String code() {
        return code;
    }

    public int httpStatus() {
        return httpStatus;
    }
}
