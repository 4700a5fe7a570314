package dev.awsemulator.core.kinesis;

import java.time.Duration;
import java.util.Objects;

/**
 * How closely the emulator imitates AWS's pace.
 *
 * @param transitionDelay  how long a stream stays CREATING, UPDATING or DELETING and a consumer
 *                         CREATING or DELETING. Zero (the default) completes the transition within the
 *                         call, so tests need not wait; any other value runs it through the clock, so a
 *                         test on a ManualClock can observe the intermediate state and then advance past it
 * @param throughputLimits enforce the per-shard limits (writes 1 MiB/s and 1,000 records/s, reads 5 calls/s
 *                         and 2 MiB/s, the 10 MiB GetRecords rule, one SubscribeToShard per 5 s). Off by
 *                         default because tests usually burst far beyond what one shard accepts
 * @param shardLimit       open shards per account and region (AWS's default quota: 500 in us-east-1,
 *                         us-west-2 and eu-west-1, 200 elsewhere; 500 here everywhere)
 */
public record KinesisOptions(Duration transitionDelay, boolean throughputLimits, int shardLimit) {

    public static final int DEFAULT_SHARD_LIMIT = 500;
    public static final KinesisOptions DEFAULTS = new KinesisOptions(Duration.ZERO, false, DEFAULT_SHARD_LIMIT);

    public KinesisOptions {
        Objects.requireNonNull(transitionDelay, "transitionDelay");
        if (transitionDelay.isNegative()) {
            throw new IllegalArgumentException("transitionDelay must not be negative: " + transitionDelay);
        }
        if (shardLimit < 1) {
            throw new IllegalArgumentException("shardLimit must be positive: " + shardLimit);
        }
    }

    public KinesisOptions(Duration transitionDelay, boolean throughputLimits) {
        this(transitionDelay, throughputLimits, DEFAULT_SHARD_LIMIT);
    }

    public KinesisOptions withTransitionDelay(Duration delay) {
        return new KinesisOptions(delay, throughputLimits, shardLimit);
    }

    public KinesisOptions withThroughputLimits(boolean enabled) {
        return new KinesisOptions(transitionDelay, enabled, shardLimit);
    }

    public KinesisOptions withShardLimit(int limit) {
        return new KinesisOptions(transitionDelay, throughputLimits, limit);
    }
}
