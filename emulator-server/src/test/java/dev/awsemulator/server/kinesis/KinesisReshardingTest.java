package dev.awsemulator.server.kinesis;

import dev.awsemulator.server.testsupport.EmulatorServerExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.kinesis.model.Record;
import software.amazon.awssdk.services.kinesis.model.Shard;
import software.amazon.awssdk.services.kinesis.model.ShardFilterType;
import software.amazon.awssdk.services.kinesis.model.ShardIteratorType;
import software.amazon.awssdk.services.kinesis.model.ScalingType;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Writes, reshards twice while writing, then rebuilds a read model from the start by following the
 * shard lineage: every record once, each partition key's records in the order they were written.
 */
class KinesisReshardingTest {

    @RegisterExtension
    static final EmulatorServerExtension aws = new EmulatorServerExtension();

    @Test
    void replayFromTrimHorizonAcrossSplitsAndMergesSeesEveryRecordOnceInOrder() {
        aws.kinesis().createStream(b -> b.streamName("ledger").shardCount(2));
        write(0, 40);
        aws.kinesis().splitShard(b -> b.streamName("ledger").shardToSplit("shardId-000000000000")
                .newStartingHashKey("85070591730234615865843651857942052864"));
        write(40, 80);
        aws.kinesis().updateShardCount(b -> b.streamName("ledger").targetShardCount(2)
                .scalingType(ScalingType.UNIFORM_SCALING));
        write(80, 120);

        List<Shard> shards = aws.kinesis().listShards(b -> b.streamName("ledger")).shards();
        Map<String, List<Integer>> perKey = new LinkedHashMap<>();
        Set<String> read = new HashSet<>();
        for (Shard shard : parentsFirst(shards)) {
            for (Record record : readAll(shard.shardId())) {
                assertThat(read.add(record.sequenceNumber())).as("read once").isTrue();
                String[] parts = record.data().asUtf8String().split(":");
                perKey.computeIfAbsent(parts[0], key -> new ArrayList<>()).add(Integer.parseInt(parts[1]));
            }
        }

        assertThat(read).hasSize(120);
        assertThat(perKey.values()).allSatisfy(numbers -> assertThat(numbers).isSorted());
        assertThat(aws.kinesis().listShards(b -> b.streamName("ledger")
                .shardFilter(f -> f.type(ShardFilterType.AT_LATEST))).shards()).hasSize(2);
    }

    /**
     * A consumer such as the KCL reads a shard only after its parent and adjacent parent: so every shard
     * a key's records were in before must be among the ancestors of the shard the key moves to, even when
     * the new count does not divide the old one (8 to 5: a new shard covers parts of three old ones).
     */
    @Test
    void updateShardCountToAnUnevenCountMakesEveryShardAKeyLeftAnAncestorOfTheShardItMovesTo() {
        aws.kinesis().createStream(b -> b.streamName("rescaled").shardCount(8));
        write("rescaled", 0, 64, 64);
        aws.kinesis().updateShardCount(b -> b.streamName("rescaled").targetShardCount(5)
                .scalingType(ScalingType.UNIFORM_SCALING));
        write("rescaled", 64, 128, 64);

        Map<String, Shard> byId = new LinkedHashMap<>();
        aws.kinesis().listShards(b -> b.streamName("rescaled")).shards().forEach(s -> byId.put(s.shardId(), s));
        Map<String, String> shardBefore = new HashMap<>();
        List<Shard> open = new ArrayList<>();
        for (Shard shard : byId.values()) {
            if (shard.sequenceNumberRange().endingSequenceNumber() == null) {
                open.add(shard);
            }
            readAll("rescaled", shard.shardId()).forEach(record -> shardBefore.putIfAbsent(record.partitionKey(),
                    shard.shardId()));
        }

        assertThat(open).hasSize(5);
        for (Shard shard : open) {
            Set<String> ancestors = ancestors(shard, byId);
            for (Record record : readAll("rescaled", shard.shardId())) {
                assertThat(ancestors).as("ancestors of %s, where %s went", shard.shardId(), record.partitionKey())
                        .contains(shardBefore.get(record.partitionKey()));
            }
        }
    }

    private static Set<String> ancestors(Shard shard, Map<String, Shard> byId) {
        Set<String> ancestors = new HashSet<>();
        List<String> pending = new ArrayList<>(Arrays.asList(shard.parentShardId(),
                shard.adjacentParentShardId()));
        while (!pending.isEmpty()) {
            String id = pending.remove(pending.size() - 1);
            if (id != null && ancestors.add(id)) {
                pending.add(byId.get(id).parentShardId());
                pending.add(byId.get(id).adjacentParentShardId());
            }
        }
        return ancestors;
    }

    private static void write(int from, int to) {
        write("ledger", from, to, 7);
    }

    private static void write(String stream, int from, int to, int keys) {
        for (int i = from; i < to; i++) {
            String body = "key-" + (i % keys) + ":" + i;
            aws.kinesis().putRecord(b -> b.streamName(stream).partitionKey(body.split(":")[0])
                    .data(SdkBytes.fromUtf8String(body)));
        }
    }

    private static List<Record> readAll(String shardId) {
        return readAll("ledger", shardId);
    }

    private static List<Record> readAll(String stream, String shardId) {
        List<Record> records = new ArrayList<>();
        String iterator = aws.kinesis().getShardIterator(b -> b.streamName(stream).shardId(shardId)
                .shardIteratorType(ShardIteratorType.TRIM_HORIZON)).shardIterator();
        while (iterator != null) {
            String current = iterator;
            var page = aws.kinesis().getRecords(b -> b.shardIterator(current));
            records.addAll(page.records());
            if (page.records().isEmpty() && page.millisBehindLatest() == 0) {
                break;
            }
            iterator = page.nextShardIterator();
        }
        return records;
    }

    /** Parents before children, so every key's records are read in the order they were written. */
    private static List<Shard> parentsFirst(List<Shard> shards) {
        List<Shard> ordered = new ArrayList<>();
        Set<String> done = new HashSet<>();
        while (ordered.size() < shards.size()) {
            for (Shard shard : shards) {
                boolean ready = (shard.parentShardId() == null || done.contains(shard.parentShardId()))
                        && (shard.adjacentParentShardId() == null || done.contains(shard.adjacentParentShardId()));
                if (!done.contains(shard.shardId()) && ready) {
                    ordered.add(shard);
                    done.add(shard.shardId());
                }
            }
        }
        return ordered;
    }
}
