package dev.awsemulator.core.kinesis;

import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * UpdateShardCount as AWS performs it: a series of splits and merges of single shards, so every shard
 * in the lineage has one parent (a split) or two adjacent ones (a merge), and the short-lived shards in
 * between stay in the lineage, closed. A reader that finishes a shard's parents before the shard itself
 * (as the KCL does) therefore reads each partition key in order, whatever the old and new counts.
 */
final class UniformScaling {

    private UniformScaling() {
    }

    /**
     * Rescales the open shards to {@code target} shards of equal width: first splits every shard at each
     * new boundary inside it, then merges, left to right, the pieces that make up each new shard. Answers
     * every shard it closed, intermediate ones included.
     */
    static List<StreamShard> rescale(Stream stream, List<StreamShard> open, int target, Instant now) {
        List<HashKeys.Range> targets = HashKeys.split(target);
        List<StreamShard> closed = new ArrayList<>();
        List<StreamShard> pieces = new ArrayList<>();
        for (StreamShard shard : sortedByStart(open)) {
            StreamShard rest = shard;
            for (HashKeys.Range range : targets) {
                BigInteger boundary = range.start();
                if (boundary.compareTo(rest.hashRange.start()) > 0 && boundary.compareTo(rest.hashRange.end()) <= 0) {
                    List<StreamShard> halves = stream.reshard(List.of(rest), List.of(
                            new Stream.ShardPlan(new HashKeys.Range(rest.hashRange.start(),
                                    boundary.subtract(BigInteger.ONE)), rest.id, null),
                            new Stream.ShardPlan(new HashKeys.Range(boundary, rest.hashRange.end()), rest.id, null)),
                            now);
                    closed.add(rest);
                    pieces.add(halves.get(0));
                    rest = halves.get(1);
                }
            }
            pieces.add(rest);
        }
        for (HashKeys.Range range : targets) {
            List<StreamShard> inside = pieces.stream().filter(piece -> range.contains(piece.hashRange.start())).toList();
            StreamShard merged = inside.get(0);
            for (StreamShard next : inside.subList(1, inside.size())) {
                StreamShard lower = merged;
                merged = stream.reshard(List.of(lower, next), List.of(new Stream.ShardPlan(
                        new HashKeys.Range(lower.hashRange.start(), next.hashRange.end()), lower.id, next.id)), now)
                        .get(0);
                closed.add(lower);
                closed.add(next);
            }
        }
        return closed;
    }

    private static List<StreamShard> sortedByStart(List<StreamShard> shards) {
        return shards.stream().sorted(Comparator.comparing((StreamShard shard) -> shard.hashRange.start())).toList();
    }
}
