package dev.awsemulator.core.kinesis;

import dev.awsemulator.core.kinesis.api.*;
import org.junit.jupiter.api.Test;

import java.math.BigInteger;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static dev.awsemulator.core.kinesis.KinesisFixture.*;
import static org.assertj.core.api.Assertions.assertThat;

class ReshardingTest {

    private static final String MIDDLE = "170141183460469231731687303715884105728";
    private final KinesisFixture f = new KinesisFixture();

    private void split(String shard, String key) {
        f.kinesis.splitShard(CALLER, new SplitShardRequest("s", shard, key, null));
    }

    private void merge(String lower, String upper) {
        f.kinesis.mergeShards(CALLER, new MergeShardsRequest("s", lower, upper, null));
    }

    private List<String> ids(ShardFilter filter) {
        return f.kinesis.listShards(CALLER, new ListShardsRequest("s", null, null, null, null, filter, null))
                .shards().stream().map(Shard::shardId).toList();
    }

    @Test
    void splitClosesTheParentAndOpensTwoChildren() {
        f.create("s", 1);
        split("shardId-000000000000", MIDDLE);
        List<Shard> shards = f.shards("s");
        assertThat(shards).extracting(Shard::shardId, Shard::parentShardId).containsExactly(
                org.assertj.core.groups.Tuple.tuple("shardId-000000000000", null),
                org.assertj.core.groups.Tuple.tuple("shardId-000000000001", "shardId-000000000000"),
                org.assertj.core.groups.Tuple.tuple("shardId-000000000002", "shardId-000000000000"));
        assertThat(shards.get(0).sequenceNumberRange().endingSequenceNumber()).isNotNull();
        assertThat(shards.get(1).hashKeyRange().endingHashKey()).isEqualTo("170141183460469231731687303715884105727");
        assertThat(shards.get(2).hashKeyRange().startingHashKey()).isEqualTo(MIDDLE);
    }

    @Test
    void mergeNeedsAdjacentOpenShards() {
        f.create("s", 3);
        assertError(() -> merge("shardId-000000000000", "shardId-000000000002"), KinesisError.INVALID_ARGUMENT,
                "Shards shardId-000000000000 and shardId-000000000002 in stream s under account 000000000000 are not "
                        + "an adjacent pair of shards eligible for merging");
        merge("shardId-000000000000", "shardId-000000000001");
        Shard merged = f.shards("s").get(3);
        assertThat(merged.parentShardId()).isEqualTo("shardId-000000000000");
        assertThat(merged.adjacentParentShardId()).isEqualTo("shardId-000000000001");
        assertThat(merged.hashKeyRange().startingHashKey()).isEqualTo("0");
        assertError(() -> split("shardId-000000000000", MIDDLE), KinesisError.INVALID_ARGUMENT,
                "Shard shardId-000000000000 in stream s under account 000000000000 has already been merged or split, "
                        + "and thus is not eligible for merging or splitting.");
    }

    @Test
    void splitKeyMustLieInsideTheShard() {
        f.create("s", 3);
        assertError(() -> split("shardId-000000000000", "1"), KinesisError.INVALID_ARGUMENT, "NewStartingHashKey 1 used "
                + "in SplitShard() on shard shardId-000000000000 in stream s under account 000000000000 is not both "
                + "greater than one plus the shard's StartingHashKey 0 and less than the shard's EndingHashKey "
                + "113427455640312821154458202477256070484.");
        assertThat(f.shards("s")).hasSize(3);
    }

    @Test
    void closedShardEndsWithChildShardsAndNoNextIterator() {
        f.create("s", 1);
        f.put("s", "k", "before");
        String iterator = f.iterator("s", "shardId-000000000000", "TRIM_HORIZON", null);
        split("shardId-000000000000", MIDDLE);
        GetRecordsResult result = f.get(iterator);
        assertThat(result.records()).hasSize(1);
        assertThat(result.nextShardIterator()).isNull();
        assertThat(result.childShards()).extracting(ChildShard::shardId)
                .containsExactly("shardId-000000000001", "shardId-000000000002");
        assertThat(result.childShards().get(0).parentShards()).containsExactly("shardId-000000000000");
    }

    @Test
    void updateShardCountRescalesThroughSplitsAndMergesLeavingShortLivedShardsInTheLineage() {
        f.create("s", 2);
        UpdateShardCountResult result = f.kinesis.updateShardCount(CALLER,
                new UpdateShardCountRequest("s", 3, "UNIFORM_SCALING", null));
        assertThat(result.currentShardCount()).isEqualTo(2);
        assertThat(result.targetShardCount()).isEqualTo(3);
        // Shard 0 splits into 2 and 3, shard 1 into 4 and 5; the middle third is 3 and 4 merged.
        assertThat(f.shards("s")).extracting(Shard::shardId, Shard::parentShardId, Shard::adjacentParentShardId)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("shardId-000000000000", null, null),
                        org.assertj.core.groups.Tuple.tuple("shardId-000000000001", null, null),
                        org.assertj.core.groups.Tuple.tuple("shardId-000000000002", "shardId-000000000000", null),
                        org.assertj.core.groups.Tuple.tuple("shardId-000000000003", "shardId-000000000000", null),
                        org.assertj.core.groups.Tuple.tuple("shardId-000000000004", "shardId-000000000001", null),
                        org.assertj.core.groups.Tuple.tuple("shardId-000000000005", "shardId-000000000001", null),
                        org.assertj.core.groups.Tuple.tuple("shardId-000000000006", "shardId-000000000003",
                                "shardId-000000000004"));
        assertThat(ids(new ShardFilter("AT_LATEST", null, null)))
                .containsExactly("shardId-000000000002", "shardId-000000000005", "shardId-000000000006");
        List<String> openStarts = f.shards("s").stream()
                .filter(shard -> shard.sequenceNumberRange().endingSequenceNumber() == null)
                .map(shard -> shard.hashKeyRange().startingHashKey())
                .sorted(Comparator.comparing(BigInteger::new)).toList();
        assertThat(openStarts).containsExactlyElementsOf(uniformStarts(3));
        assertError(() -> f.kinesis.updateShardCount(CALLER, new UpdateShardCountRequest("s", 7, "UNIFORM_SCALING", null)),
                KinesisError.LIMIT_EXCEEDED, "UpdateShardCount cannot scale up over double your current open shard "
                        + "count. Current open shard count: 3 Target shard count: 7");
    }

    @Test
    void updateShardCountGivesEveryNewShardAllTheOldShardsItsKeysCameFrom() {
        f.create("s", 8);
        f.kinesis.updateShardCount(CALLER, new UpdateShardCountRequest("s", 5, "UNIFORM_SCALING", null));

        Map<String, Shard> byId = new LinkedHashMap<>();
        f.shards("s").forEach(shard -> byId.put(shard.shardId(), shard));
        List<Shard> open = byId.values().stream().filter(shard -> shard.sequenceNumberRange()
                .endingSequenceNumber() == null).toList();
        assertThat(open).extracting(shard -> shard.hashKeyRange().startingHashKey())
                .containsExactlyInAnyOrderElementsOf(uniformStarts(5));
        for (Shard child : open) {
            for (int original = 0; original < 8; original++) {
                Shard old = byId.get(StreamShard.idOf(original));
                if (overlaps(old, child)) {
                    assertThat(ancestors(child, byId)).as("ancestors of " + child.shardId()).contains(old.shardId());
                }
            }
        }
    }

    private static List<String> uniformStarts(int shards) {
        return HashKeys.split(shards).stream().map(range -> range.start().toString()).toList();
    }

    private static boolean overlaps(Shard a, Shard b) {
        return new BigInteger(a.hashKeyRange().startingHashKey())
                .compareTo(new BigInteger(b.hashKeyRange().endingHashKey())) <= 0
                && new BigInteger(b.hashKeyRange().startingHashKey())
                .compareTo(new BigInteger(a.hashKeyRange().endingHashKey())) <= 0;
    }

    private static List<String> ancestors(Shard shard, Map<String, Shard> byId) {
        List<String> ancestors = new ArrayList<>();
        List<String> pending = new ArrayList<>();
        pending.add(shard.parentShardId());
        pending.add(shard.adjacentParentShardId());
        while (!pending.isEmpty()) {
            String id = pending.remove(pending.size() - 1);
            if (id != null && !ancestors.contains(id)) {
                ancestors.add(id);
                pending.add(byId.get(id).parentShardId());
                pending.add(byId.get(id).adjacentParentShardId());
            }
        }
        return ancestors;
    }

    @Test
    void listShardsFilters() {
        f.create("s", 2);
        f.clock.advance(Duration.ofMinutes(1));
        split("shardId-000000000000", "1000");
        f.clock.advance(Duration.ofMinutes(1));
        assertThat(ids(null)).hasSize(4);
        assertThat(ids(new ShardFilter("AFTER_SHARD_ID", "shardId-000000000001", null)))
                .containsExactly("shardId-000000000002", "shardId-000000000003");
        assertThat(ids(new ShardFilter("AT_TRIM_HORIZON", null, null)))
                .containsExactly("shardId-000000000000", "shardId-000000000001");
        assertThat(ids(new ShardFilter("FROM_TRIM_HORIZON", null, null))).hasSize(4);
        assertThat(ids(new ShardFilter("AT_LATEST", null, null)))
                .containsExactly("shardId-000000000001", "shardId-000000000002", "shardId-000000000003");
        assertThat(ids(new ShardFilter("AT_TIMESTAMP", null, f.clock.now().minusSeconds(90))))
                .containsExactly("shardId-000000000000", "shardId-000000000001");
        assertThat(ids(new ShardFilter("FROM_TIMESTAMP", null, f.clock.now().minusSeconds(90)))).hasSize(4);
        assertThat(ids(new ShardFilter("FROM_TIMESTAMP", null, f.clock.now())))
                .containsExactly("shardId-000000000001", "shardId-000000000002", "shardId-000000000003");
    }

    @Test
    void listShardsPagesWithANextTokenThatExcludesTheStreamName() {
        f.create("s", 5);
        ListShardsResult first = f.kinesis.listShards(CALLER, new ListShardsRequest("s", null, null, 2, null, null, null));
        assertThat(first.shards()).hasSize(2);
        assertError(() -> f.kinesis.listShards(CALLER, new ListShardsRequest("s", first.nextToken(), null, 2, null, null,
                null)), KinesisError.INVALID_ARGUMENT, "NextToken and StreamName cannot be provided together.");
        List<String> all = new ArrayList<>(first.shards().stream().map(Shard::shardId).toList());
        String token = first.nextToken();
        while (token != null) {
            ListShardsResult page = f.kinesis.listShards(CALLER, new ListShardsRequest(null, token, null, 2, null, null, null));
            page.shards().forEach(s -> all.add(s.shardId()));
            token = page.nextToken();
        }
        assertThat(all).hasSize(5).doesNotHaveDuplicates();
        String stale = first.nextToken();
        f.clock.advance(Duration.ofSeconds(301));
        assertError(() -> f.kinesis.listShards(CALLER, new ListShardsRequest(null, stale, null, 2, null, null, null)),
                KinesisError.EXPIRED_NEXT_TOKEN, null);
    }

    @Test
    void replayAfterTwoReshardsReturnsEveryRecordOnceInOrderPerShard() {
        f.create("s", 2);
        Map<String, List<String>> written = new LinkedHashMap<>();
        int n = 0;
        for (int round = 0; round < 3; round++) {
            for (int i = 0; i < 30; i++, n++) {
                String key = "key" + (i % 7);
                f.put("s", key, key + "#" + n);
                written.computeIfAbsent(key, k -> new ArrayList<>()).add(key + "#" + n);
            }
            f.clock.advance(Duration.ofSeconds(1));
            if (round == 0) {
                split("shardId-000000000000", "85070591730234615865843651857942052864");
            } else if (round == 1) {
                merge("shardId-000000000002", "shardId-000000000003");
            }
        }
        // Read parents before children, as the lineage requires, and check each key's order.
        Map<String, List<String>> read = new LinkedHashMap<>();
        for (Shard shard : f.shards("s")) {
            for (String value : f.readAll("s", shard.shardId())) {
                read.computeIfAbsent(value.substring(0, value.indexOf('#')), k -> new ArrayList<>()).add(value);
            }
        }
        assertThat(read).isEqualTo(written);
    }
}
