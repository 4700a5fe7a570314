package dev.awsemulator.core.sqs;

import dev.awsemulator.core.common.AwsException;
import dev.awsemulator.core.common.ErrorCode;

/**
 * SQS's errors: the JSON shape name, the legacy Query code (also sent as {@code x-amzn-query-error})
 * and the HTTP status AWS answers with, in JSON and Query mode alike.
 */
public enum SqsError implements ErrorCode {
    QUEUE_DOES_NOT_EXIST("QueueDoesNotExist", "AWS.SimpleQueueService.NonExistentQueue", 400) {
        /** AWS's Query answer still names the WSDL (recorded on AWS, PROTOCOL.md §1.2). */
        @Override
        public String queryMessage(String message) {
            return "The specified queue does not exist for this wsdl version.";
        }
    },
    QUEUE_NAME_EXISTS("QueueNameExists", "QueueAlreadyExists", 400),
    QUEUE_DELETED_RECENTLY("QueueDeletedRecently", "AWS.SimpleQueueService.QueueDeletedRecently", 400),
    PURGE_QUEUE_IN_PROGRESS("PurgeQueueInProgress", "AWS.SimpleQueueService.PurgeQueueInProgress", 403),
    BATCH_ENTRY_IDS_NOT_DISTINCT("BatchEntryIdsNotDistinct", "AWS.SimpleQueueService.BatchEntryIdsNotDistinct", 400),
    BATCH_REQUEST_TOO_LONG("BatchRequestTooLong", "AWS.SimpleQueueService.BatchRequestTooLong", 400),
    EMPTY_BATCH_REQUEST("EmptyBatchRequest", "AWS.SimpleQueueService.EmptyBatchRequest", 400),
    INVALID_BATCH_ENTRY_ID("InvalidBatchEntryId", "AWS.SimpleQueueService.InvalidBatchEntryId", 400),
    TOO_MANY_ENTRIES_IN_BATCH_REQUEST("TooManyEntriesInBatchRequest",
            "AWS.SimpleQueueService.TooManyEntriesInBatchRequest", 400),
    MESSAGE_NOT_INFLIGHT("MessageNotInflight", "AWS.SimpleQueueService.MessageNotInflight", 400),
    OVER_LIMIT("OverLimit", "OverLimit", 403),
    RECEIPT_HANDLE_IS_INVALID("ReceiptHandleIsInvalid", "ReceiptHandleIsInvalid", 404),
    RESOURCE_NOT_FOUND("ResourceNotFoundException", "ResourceNotFoundException", 404),
    INVALID_ATTRIBUTE_NAME("InvalidAttributeName", "InvalidAttributeName", 400),
    INVALID_ATTRIBUTE_VALUE("InvalidAttributeValue", "InvalidAttributeValue", 400),
    INVALID_MESSAGE_CONTENTS("InvalidMessageContents", "InvalidMessageContents", 400),
    INVALID_PARAMETER_VALUE("InvalidParameterValueException", "InvalidParameterValue", 400),
    MISSING_PARAMETER("MissingRequiredParameterException", "MissingParameter", 400);

    private final Spec spec;

    SqsError(String code, String queryCode, int httpStatus) {
        this.spec = new Spec(code, queryCode, httpStatus);
    }

    @Override
    public Spec spec() {
        return spec;
    }

    static AwsException invalidParameter(String message) {
        return INVALID_PARAMETER_VALUE.exception(message);
    }

    static AwsException missingParameter(String name) {
        return MISSING_PARAMETER.exception("The request must contain the parameter " + name + ".");
    }
}
