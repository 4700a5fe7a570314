package dev.awsemulator.samples.eventsourcing;

import software.amazon.awssdk.services.kinesis.model.Shard;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which shards a consumer may read now. After a reshard an account's older events sit in the parent
 * shard and its newer ones in a child, so a child is read only once its parents (both, after a
 * merge) have been read to their end; a parent no longer listed (past retention) counts as read.
 */
final class ShardLineage {

    private ShardLineage() {
    }

    /** The shards not yet finished whose parents are all finished or gone. */
    static List<String> readable(Collection<Shard> shards, Set<String> finished) {
        Set<String> listed = shards.stream().map(Shard::shardId).collect(Collectors.toSet());
        return shards.stream()
                .filter(shard -> !finished.contains(shard.shardId()))
                .filter(shard -> done(shard.parentShardId(), listed, finished)
                        && done(shard.adjacentParentShardId(), listed, finished))
                .map(Shard::shardId)
                .toList();
    }

    private static boolean done(String parent, Set<String> listed, Set<String> finished) {
        return parent == null || !listed.contains(parent) || finished.contains(parent);
    }
}
