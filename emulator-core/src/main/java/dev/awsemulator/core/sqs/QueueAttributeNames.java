package dev.awsemulator.core.sqs;

import java.util.List;

/** The queue attribute names of the SQS model, in the order AWS lists them for {@code All}. */
final class QueueAttributeNames {
    static final String ALL = "All";
    static final String QUEUE_ARN = "QueueArn";
    static final String APPROXIMATE_NUMBER_OF_MESSAGES = "ApproximateNumberOfMessages";
    static final String APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE = "ApproximateNumberOfMessagesNotVisible";
    static final String APPROXIMATE_NUMBER_OF_MESSAGES_DELAYED = "ApproximateNumberOfMessagesDelayed";
    static final String CREATED_TIMESTAMP = "CreatedTimestamp";
    static final String LAST_MODIFIED_TIMESTAMP = "LastModifiedTimestamp";
    static final String VISIBILITY_TIMEOUT = "VisibilityTimeout";
    static final String MAXIMUM_MESSAGE_SIZE = "MaximumMessageSize";
    static final String MESSAGE_RETENTION_PERIOD = "MessageRetentionPeriod";
    static final String DELAY_SECONDS = "DelaySeconds";
    static final String RECEIVE_MESSAGE_WAIT_TIME_SECONDS = "ReceiveMessageWaitTimeSeconds";
    static final String POLICY = "Policy";
    static final String REDRIVE_POLICY = "RedrivePolicy";
    static final String REDRIVE_ALLOW_POLICY = "RedriveAllowPolicy";
    static final String FIFO_QUEUE = "FifoQueue";
    static final String CONTENT_BASED_DEDUPLICATION = "ContentBasedDeduplication";
    static final String DEDUPLICATION_SCOPE = "DeduplicationScope";
    static final String FIFO_THROUGHPUT_LIMIT = "FifoThroughputLimit";
    static final String KMS_MASTER_KEY_ID = "KmsMasterKeyId";
    static final String KMS_DATA_KEY_REUSE_PERIOD_SECONDS = "KmsDataKeyReusePeriodSeconds";
    static final String SQS_MANAGED_SSE_ENABLED = "SqsManagedSseEnabled";

    /** Attributes computed by the queue; they can be read but never set. */
    static final List<String> READ_ONLY = List.of(QUEUE_ARN, APPROXIMATE_NUMBER_OF_MESSAGES,
            APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE, APPROXIMATE_NUMBER_OF_MESSAGES_DELAYED, CREATED_TIMESTAMP,
            LAST_MODIFIED_TIMESTAMP);

    /** Every attribute that can be read, in output order. */
    static final List<String> READABLE = List.of(QUEUE_ARN, APPROXIMATE_NUMBER_OF_MESSAGES,
            APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE, APPROXIMATE_NUMBER_OF_MESSAGES_DELAYED, CREATED_TIMESTAMP,
            LAST_MODIFIED_TIMESTAMP, VISIBILITY_TIMEOUT, MAXIMUM_MESSAGE_SIZE, MESSAGE_RETENTION_PERIOD, DELAY_SECONDS,
            RECEIVE_MESSAGE_WAIT_TIME_SECONDS, POLICY, REDRIVE_POLICY, REDRIVE_ALLOW_POLICY, FIFO_QUEUE,
            CONTENT_BASED_DEDUPLICATION, DEDUPLICATION_SCOPE, FIFO_THROUGHPUT_LIMIT, KMS_MASTER_KEY_ID,
            KMS_DATA_KEY_REUSE_PERIOD_SECONDS, SQS_MANAGED_SSE_ENABLED);

    private QueueAttributeNames() {
    }
}
