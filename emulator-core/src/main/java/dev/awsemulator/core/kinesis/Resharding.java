package dev.awsemulator.core.kinesis;

import dev.awsemulator.core.common.AwsException;
import dev.awsemulator.core.kinesis.api.MergeShardsRequest;
import dev.awsemulator.core.kinesis.api.SplitShardRequest;
import dev.awsemulator.core.kinesis.api.UpdateShardCountRequest;
import dev.awsemulator.core.kinesis.api.UpdateShardCountResult;
import dev.awsemulator.core.time.Clock;

import java.math.BigInteger;
import java.util.List;

/**
 * SplitShard, MergeShards and UpdateShardCount. Each validates, puts the stream in UPDATING and, when
 * the transition completes, closes the parents and opens the children that name them, so readers can
 * follow the lineage.
 */
final class Resharding {

    private final Clock clock;
    private final Transitions transitions;
    private final int shardLimit;

    Resharding(Clock clock, Transitions transitions, int shardLimit) {
        this.clock = clock;
        this.transitions = transitions;
        this.shardLimit = shardLimit;
    }

    void split(Stream stream, SplitShardRequest request) {
        ModelConstraints.name(request.shardToSplit(), "shardToSplit");
        String newStart = ModelConstraints.required(request.newStartingHashKey(), "newStartingHashKey");
        ModelConstraints.pattern(newStart, "newStartingHashKey", HashKeys.DECIMAL);
        StreamShard shard = openShard(stream, request.shardToSplit());
        BigInteger key = new BigInteger(newStart);
        HashKeys.Range range = shard.hashRange;
        if (key.compareTo(range.start().add(BigInteger.ONE)) <= 0 || key.compareTo(range.end()) >= 0) {
            throw ModelConstraints.invalidArgument("NewStartingHashKey " + newStart + " used in SplitShard() on shard "
                    + shard.id + " in stream " + stream.name() + " under account " + stream.key.accountId()
                    + " is not both greater than one plus the shard's StartingHashKey " + range.start()
                    + " and less than the shard's EndingHashKey " + range.end() + ".");
        }
        StreamRegistry.requireActive(stream);
        checkShardLimit(stream, 1);
        apply(stream, List.of(shard), List.of(
                new Stream.ShardPlan(new HashKeys.Range(range.start(), key.subtract(BigInteger.ONE)), shard.id, null),
                new Stream.ShardPlan(new HashKeys.Range(key, range.end()), shard.id, null)));
    }

    void merge(Stream stream, MergeShardsRequest request) {
        ModelConstraints.name(request.shardToMerge(), "shardToMerge");
        ModelConstraints.name(request.adjacentShardToMerge(), "adjacentShardToMerge");
        StreamShard lower = openShard(stream, request.shardToMerge());
        StreamShard upper = openShard(stream, request.adjacentShardToMerge());
        if (!lower.hashRange.end().add(BigInteger.ONE).equals(upper.hashRange.start())) {
            throw ModelConstraints.invalidArgument("Shards " + lower.id + " and " + upper.id + " in stream "
                    + stream.name() + " under account " + stream.key.accountId() + " are not an adjacent pair of "
                    + "shards eligible for merging");
        }
        StreamRegistry.requireActive(stream);
        apply(stream, List.of(lower, upper), List.of(new Stream.ShardPlan(
                new HashKeys.Range(lower.hashRange.start(), upper.hashRange.end()), lower.id, upper.id)));
    }

    /**
     * Rescales to {@code target} shards of equal width, through splits and merges as AWS does (see
     * {@link UniformScaling}).
     */
    UpdateShardCountResult updateShardCount(Stream stream, UpdateShardCountRequest request) {
        int target = ModelConstraints.required(request.targetShardCount(), "targetShardCount");
        ModelConstraints.range(target, "targetShardCount", 1, Integer.MAX_VALUE);
        ModelConstraints.required(request.scalingType(), "scalingType");
        ModelConstraints.oneOf(request.scalingType(), "scalingType", List.of("UNIFORM_SCALING"));
        StreamRegistry.requireActive(stream);
        List<StreamShard> open = stream.openShards(clock.now());
        int current = open.size();
        if (target > 2 * current) {
            throw KinesisError.LIMIT_EXCEEDED.exception("UpdateShardCount cannot scale up over double your current "
                    + "open shard count. Current open shard count: " + current + " Target shard count: " + target);
        }
        if (target * 2 < current) {
            throw KinesisError.LIMIT_EXCEEDED.exception("UpdateShardCount cannot scale down below half your current "
                    + "open shard count. Current open shard count: " + current + " Target shard count: " + target);
        }
        checkShardLimit(stream, target - current);
        stream.status = StreamStatus.UPDATING;
        transitions.complete(stream, () -> {
            List<StreamShard> closed = target == current ? List.of()
                    : UniformScaling.rescale(stream, open, target, clock.now());
            stream.status = StreamStatus.ACTIVE;
            closed.forEach(StreamShard::notifyAppended);
        });
        return new UpdateShardCountResult(stream.name(), current, target, stream.arn);
    }

    private void apply(Stream stream, List<StreamShard> parents, List<Stream.ShardPlan> children) {
        stream.status = StreamStatus.UPDATING;
        transitions.complete(stream, () -> {
            stream.reshard(parents, children, clock.now());
            stream.status = StreamStatus.ACTIVE;
            // Subscribers of a closed shard may now deliver its end and the child shards.
            parents.forEach(StreamShard::notifyAppended);
        });
    }

    private void checkShardLimit(Stream stream, int added) {
        // The account-wide limit is checked against this stream alone: a simplification, see DescribeLimits.
        int open = stream.openShards(clock.now()).size();
        if (open + added > shardLimit) {
            throw KinesisError.LIMIT_EXCEEDED.exception("This request would exceed the shard limit for the account "
                    + stream.key.accountId() + " in " + stream.key.region() + ". Current limit of shards is "
                    + shardLimit + " (" + open + " in use). Request would add " + added + " shards.");
        }
    }

    private StreamShard openShard(Stream stream, String shardId) {
        StreamShard shard = stream.shard(shardId, clock.now());
        if (shard == null) {
            throw KinesisError.RESOURCE_NOT_FOUND.exception("Could not find shard " + shardId + " in stream "
                    + stream.name() + " under account " + stream.key.accountId() + ".");
        }
        if (!shard.isOpen()) {
            throw alreadyClosed(stream, shard);
        }
        return shard;
    }

    private static AwsException alreadyClosed(Stream stream, StreamShard shard) {
        return ModelConstraints.invalidArgument("Shard " + shard.id + " in stream " + stream.name() + " under account "
                + stream.key.accountId() + " has already been merged or split, and thus is not eligible for "
                + "merging or splitting.");
    }
}
