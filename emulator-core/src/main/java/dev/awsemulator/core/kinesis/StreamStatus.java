package dev.awsemulator.core.kinesis;

/** Where a stream is in its life, as DescribeStream reports it: writes and reads need it past CREATING. */
enum StreamStatus {
    CREATING, ACTIVE, UPDATING, DELETING
}
