package dev.awsemulator.core.sqs;

/** Where a message move task is: only a RUNNING one moves messages or may be cancelled. */
enum MoveTaskStatus {
    RUNNING, COMPLETED, CANCELLED, FAILED
}
