package dev.awsemulator.core.kinesis;

import dev.awsemulator.core.kinesis.api.*;
import dev.awsemulator.core.testsupport.Restarts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.math.BigInteger;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static dev.awsemulator.core.kinesis.KinesisFixture.*;
import static org.assertj.core.api.Assertions.assertThat;

/** Kinesis streams after a killed process restarts: shard map, records, settings and consumers as before. */
class KinesisRestoreTest {

    private static final String MIDDLE = "170141183460469231731687303715884105728";

    @RegisterExtension
    final Restarts restarts = new Restarts();

    private KinesisFixture fixture() {
        return new KinesisFixture(restarts.clock(), restarts.emulator().kinesis());
    }

    private KinesisFixture killAndRestart() {
        restarts.killAndRestart();
        return fixture();
    }

    @Test
    void streamAfterASplitKeepsItsShardMapAndRecordsInOrder() {
        KinesisFixture f = fixture();
        f.create("s", 1);
        f.putAt("s", "1", "before-low");
        f.putAt("s", MIDDLE, "before-high");
        f.kinesis.splitShard(CALLER, new SplitShardRequest("s", "shardId-000000000000", MIDDLE, null));
        f.putAt("s", "1", "after-low");
        f.putAt("s", MIDDLE, "after-high");
        List<Shard> shardsBefore = f.shards("s");

        f = killAndRestart();

        assertThat(f.shards("s")).isEqualTo(shardsBefore);
        assertThat(f.readAll("s", "shardId-000000000000")).containsExactly("before-low", "before-high");
        assertThat(f.readAll("s", "shardId-000000000001")).containsExactly("after-low");
        assertThat(f.readAll("s", "shardId-000000000002")).containsExactly("after-high");
    }

    @Test
    void newRecordsFollowTheRestoredOnesInSequence() {
        KinesisFixture f = fixture();
        f.create("s", 1);
        f.put("s", "pk", "one");
        f.put("s", "pk", "two");
        String last = f.put("s", "pk", "three").sequenceNumber();

        f = killAndRestart();
        f.clock.advance(Duration.ofSeconds(1));
        String next = f.put("s", "pk", "four").sequenceNumber();

        assertThat(new BigInteger(next)).isGreaterThan(new BigInteger(last));
        assertThat(f.readAll("s", "shardId-000000000000")).containsExactly("one", "two", "three", "four");
        String afterThree = f.iterator("s", "shardId-000000000000", "AFTER_SEQUENCE_NUMBER", last);
        assertThat(f.get(afterThree).records()).extracting(record -> text(record.data())).containsExactly("four");
    }

    @Test
    void settingsTagsConsumersAndPoliciesComeBack() {
        KinesisFixture f = fixture();
        f.create("s", 2);
        String arn = ARN_PREFIX + "s";
        f.kinesis.increaseStreamRetentionPeriod(CALLER, new RetentionPeriodRequest("s", 48, null));
        f.kinesis.startStreamEncryption(CALLER, new StreamEncryptionRequest("s", "KMS", "alias/key", null));
        f.kinesis.enableEnhancedMonitoring(CALLER, new EnhancedMonitoringRequest("s", List.of("IncomingBytes"), null));
        f.kinesis.addTagsToStream(CALLER, new AddTagsToStreamRequest("s", Map.of("team", "events"), null));
        f.kinesis.putResourcePolicy(CALLER, new PutResourcePolicyRequest(arn, "{\"Version\":\"2012-10-17\"}"));
        Consumer consumer = f.kinesis.registerStreamConsumer(CALLER,
                new RegisterStreamConsumerRequest(arn, "reader", Map.of())).consumer();
        StreamDescriptionSummary before = f.kinesis.describeStreamSummary(CALLER, new StreamRequest("s", null))
                .streamDescriptionSummary();

        f = killAndRestart();

        assertThat(f.kinesis.describeStreamSummary(CALLER, new StreamRequest("s", null)).streamDescriptionSummary())
                .isEqualTo(before);
        assertThat(f.kinesis.listTagsForStream(CALLER, new ListTagsForStreamRequest("s", null, null, null)).tags())
                .containsExactly(new Tag("team", "events"));
        assertThat(f.kinesis.getResourcePolicy(CALLER, new ResourceArnRequest(arn)).policy())
                .isEqualTo("{\"Version\":\"2012-10-17\"}");
        assertThat(f.kinesis.listStreamConsumers(CALLER, new ListStreamConsumersRequest(arn, null, null, null))
                .consumers()).containsExactly(consumer);
    }

    @Test
    void undoneSettingsReshardingAndChangesByArnComeBack() {
        KinesisFixture f = fixture();
        f.create("s", 2);
        String arn = ARN_PREFIX + "s";
        f.kinesis.increaseStreamRetentionPeriod(CALLER, new RetentionPeriodRequest("s", 48, null));
        f.kinesis.decreaseStreamRetentionPeriod(CALLER, new RetentionPeriodRequest("s", 36, null));
        f.kinesis.startStreamEncryption(CALLER, new StreamEncryptionRequest("s", "KMS", "alias/key", null));
        f.kinesis.stopStreamEncryption(CALLER, new StreamEncryptionRequest("s", "KMS", "alias/key", null));
        f.kinesis.enableEnhancedMonitoring(CALLER, new EnhancedMonitoringRequest("s",
                List.of("IncomingBytes", "OutgoingBytes"), null));
        f.kinesis.disableEnhancedMonitoring(CALLER, new EnhancedMonitoringRequest("s", List.of("OutgoingBytes"), null));
        f.kinesis.updateMaxRecordSize(CALLER, new UpdateMaxRecordSizeRequest(arn, 2048));
        f.kinesis.updateShardCount(CALLER, new UpdateShardCountRequest("s", 4, "UNIFORM_SCALING", null));
        f.kinesis.addTagsToStream(CALLER, new AddTagsToStreamRequest("s", Map.of("team", "events", "stage", "test"),
                null));
        f.kinesis.removeTagsFromStream(CALLER, new RemoveTagsFromStreamRequest("s", List.of("stage"), null));
        f.kinesis.putResourcePolicy(CALLER, new PutResourcePolicyRequest(arn, "{\"Version\":\"2012-10-17\"}"));
        f.kinesis.deleteResourcePolicy(CALLER, new ResourceArnRequest(arn));
        Consumer kept = f.kinesis.registerStreamConsumer(CALLER,
                new RegisterStreamConsumerRequest(arn, "kept", Map.of())).consumer();
        f.kinesis.registerStreamConsumer(CALLER, new RegisterStreamConsumerRequest(arn, "gone", Map.of()));
        f.kinesis.deregisterStreamConsumer(CALLER, new StreamConsumerRequest(arn, "gone", null));
        f.kinesis.tagResource(CALLER, new TagResourceRequest(Map.of("reader", "yes", "temporary", "yes"),
                kept.consumerARN()));
        f.kinesis.untagResource(CALLER, new UntagResourceRequest(List.of("temporary"), kept.consumerARN()));
        StreamDescriptionSummary before = f.kinesis.describeStreamSummary(CALLER, new StreamRequest("s", null))
                .streamDescriptionSummary();

        f = killAndRestart();

        assertThat(f.kinesis.describeStreamSummary(CALLER, new StreamRequest("s", null)).streamDescriptionSummary())
                .isEqualTo(before);
        assertThat(before.retentionPeriodHours()).isEqualTo(36);
        assertThat(before.openShardCount()).isEqualTo(4);
        assertThat(f.kinesis.listTagsForStream(CALLER, new ListTagsForStreamRequest("s", null, null, null)).tags())
                .containsExactly(new Tag("team", "events"));
        assertThat(f.kinesis.getResourcePolicy(CALLER, new ResourceArnRequest(arn)).policy()).isEqualTo("{}");
        assertThat(f.kinesis.listStreamConsumers(CALLER, new ListStreamConsumersRequest(arn, null, null, null))
                .consumers()).containsExactly(kept);
        assertThat(f.kinesis.listTagsForResource(CALLER, new ResourceArnRequest(kept.consumerARN())).tags())
                .containsExactly(new Tag("reader", "yes"));
    }

    @Test
    void deletedStreamStaysGoneAndANewOneOfTheSameNameStartsEmpty() {
        KinesisFixture f = fixture();
        f.create("s", 1);
        f.put("s", "pk", "old");
        f.kinesis.deleteStream(CALLER, new DeleteStreamRequest("s", null, null));
        f.create("s", 1);
        f.put("s", "pk", "new");
        f.create("gone", 1);
        f.kinesis.deleteStream(CALLER, new DeleteStreamRequest("gone", null, null));

        f = killAndRestart();

        assertThat(f.kinesis.listStreams(CALLER, new ListStreamsRequest(null, null, null)).streamNames())
                .containsExactly("s");
        assertThat(f.readAll("s", "shardId-000000000000")).containsExactly("new");
    }

    @Test
    void compactionKeepsEveryRecord() {
        KinesisFixture f = fixture();
        f.create("s", 2);
        for (int i = 0; i < 100; i++) {
            f.put("s", "pk" + i, "r" + i);
        }
        restarts.emulator().compact();
        f.put("s", "pk", "after compaction");

        f = killAndRestart();

        int total = f.readAll("s", "shardId-000000000000").size() + f.readAll("s", "shardId-000000000001").size();
        assertThat(total).isEqualTo(101);
    }
}
