package dev.awsemulator.core.sqs;

/**
 * Rules of AWS that slow tests down; on by default, like AWS, each relaxable.
 *
 * @param purgeCooldown         PurgeQueue may run once per 60 seconds per queue
 * @param deletedQueueCooldown  a deleted queue's name can be reused only after 60 seconds
 */
public record SqsOptions(boolean purgeCooldown, boolean deletedQueueCooldown) {

    public static final SqsOptions STRICT = new SqsOptions(true, true);
    public static final SqsOptions RELAXED = new SqsOptions(false, false);
}
