package dev.awsemulator.core.sqs;

/** A queue's unexpired messages by state: visible, in flight (not visible) and delayed. */
record MessageCounts(long visible, long notVisible, long delayed) {

    long total() {
        return visible + notVisible + delayed;
    }
}
