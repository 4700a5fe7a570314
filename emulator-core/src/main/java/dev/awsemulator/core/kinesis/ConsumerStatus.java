package dev.awsemulator.core.kinesis;

/** Where an enhanced fan-out consumer is in its life: only an ACTIVE one may subscribe. */
enum ConsumerStatus {
    CREATING, ACTIVE, DELETING
}
