package dev.awsemulator.core.kinesis;

import dev.awsemulator.core.Emulator;
import dev.awsemulator.core.kinesis.api.*;
import dev.awsemulator.core.time.ManualClock;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static dev.awsemulator.core.kinesis.KinesisFixture.*;
import static org.assertj.core.api.Assertions.assertThat;

class StreamLifecycleTest {

    private String status(KinesisFixture f, String name) {
        return f.kinesis.describeStreamSummary(CALLER, new StreamRequest(name, null)).streamDescriptionSummary()
                .streamStatus();
    }

    @Test
    void statusesFollowTheClockWhenADelayIsConfigured() {
        KinesisFixture f = new KinesisFixture(KinesisOptions.DEFAULTS.withTransitionDelay(Duration.ofSeconds(10)));
        f.create("s", 1);
        assertThat(status(f, "s")).isEqualTo("CREATING");
        assertError(() -> f.put("s", "k", "x"), KinesisError.RESOURCE_NOT_FOUND, null);
        f.clock.advance(Duration.ofSeconds(10));
        assertThat(status(f, "s")).isEqualTo("ACTIVE");
        f.kinesis.splitShard(CALLER, new SplitShardRequest("s", "shardId-000000000000", "1000", null));
        assertThat(status(f, "s")).isEqualTo("UPDATING");
        assertError(() -> f.kinesis.mergeShards(CALLER, new MergeShardsRequest("s", "shardId-000000000000",
                "shardId-000000000001", null)), KinesisError.RESOURCE_NOT_FOUND, null);
        assertError(() -> f.kinesis.increaseStreamRetentionPeriod(CALLER, new RetentionPeriodRequest("s", 48, null)),
                KinesisError.RESOURCE_IN_USE, "Stream s under account 000000000000 not ACTIVE, instead in state UPDATING");
        f.clock.advance(Duration.ofSeconds(10));
        assertThat(f.shards("s")).hasSize(3);
        f.kinesis.deleteStream(CALLER, new DeleteStreamRequest("s", null, null));
        assertThat(status(f, "s")).isEqualTo("DELETING");
        f.clock.advance(Duration.ofSeconds(10));
        assertError(() -> status(f, "s"), KinesisError.RESOURCE_NOT_FOUND, "Stream s under account 000000000000 not found.");
    }

    @Test
    void createValidatesAndRejectsDuplicates() {
        KinesisFixture f = new KinesisFixture();
        f.create("s", 1);
        assertError(() -> f.create("s", 2), KinesisError.RESOURCE_IN_USE, "Stream s under account 000000000000 already exists.");
        assertThat(f.shards("s")).hasSize(1);
        assertError(() -> f.create("bad name", 1), KinesisError.VALIDATION, "1 validation error detected: Value 'bad name' "
                + "at 'streamName' failed to satisfy constraint: Member must satisfy regular expression pattern: "
                + "[a-zA-Z0-9_.-]+");
        assertError(() -> f.create("z", 0), KinesisError.VALIDATION, null);
        assertError(() -> f.create("z", 501), KinesisError.LIMIT_EXCEEDED, null);
        assertThat(f.kinesis.listStreams(CALLER, new ListStreamsRequest(null, null, null)).streamNames()).containsExactly("s");
    }

    @Test
    void onDemandStreamsHaveFourShardsAndWarmThroughput() {
        KinesisFixture f = new KinesisFixture();
        f.kinesis.createStream(CALLER, new CreateStreamRequest("od", null, new StreamModeDetails("ON_DEMAND"), null, 10, null));
        StreamDescriptionSummary summary = f.kinesis.describeStreamSummary(CALLER, new StreamRequest(null, ARN_PREFIX + "od"))
                .streamDescriptionSummary();
        assertThat(summary.openShardCount()).isEqualTo(4);
        assertThat(summary.streamModeDetails().streamMode()).isEqualTo("ON_DEMAND");
        assertThat(summary.warmThroughput().targetMiBps()).isEqualTo(10);
        assertThat(summary.maxRecordSizeInKiB()).isEqualTo(1024);
        f.create("p", 1);
        assertError(() -> f.kinesis.updateStreamWarmThroughput(CALLER, new UpdateStreamWarmThroughputRequest(null, "p", 5)),
                KinesisError.INVALID_ARGUMENT, null);
        f.kinesis.updateStreamMode(CALLER, new UpdateStreamModeRequest(ARN_PREFIX + "p", new StreamModeDetails("ON_DEMAND"), null));
        assertThat(f.kinesis.describeLimits(CALLER).onDemandStreamCount()).isEqualTo(2);
    }

    @Test
    void streamNameAndArnMustAgree() {
        KinesisFixture f = new KinesisFixture();
        f.create("s", 1);
        assertThat(f.kinesis.describeStreamSummary(CALLER, new StreamRequest("s", ARN_PREFIX + "s"))
                .streamDescriptionSummary().streamARN()).isEqualTo(ARN_PREFIX + "s");
        assertError(() -> f.kinesis.describeStreamSummary(CALLER, new StreamRequest("t", ARN_PREFIX + "s")),
                KinesisError.INVALID_ARGUMENT, null);
        assertError(() -> f.kinesis.describeStreamSummary(CALLER, new StreamRequest(null, null)),
                KinesisError.INVALID_ARGUMENT, null);
    }

    @Test
    void tagsThroughStreamAndResourceOperations() {
        KinesisFixture f = new KinesisFixture();
        f.create("s", 1);
        f.kinesis.addTagsToStream(CALLER, new AddTagsToStreamRequest("s", Map.of("b", "2", "a", "1"), null));
        f.kinesis.tagResource(CALLER, new TagResourceRequest(Map.of("c", "3"), ARN_PREFIX + "s"));
        f.kinesis.removeTagsFromStream(CALLER, new RemoveTagsFromStreamRequest("s", List.of("b"), null));
        assertThat(f.kinesis.listTagsForStream(CALLER, new ListTagsForStreamRequest("s", null, 1, null)))
                .isEqualTo(new ListTagsForStreamResult(List.of(new Tag("a", "1")), true));
        f.kinesis.untagResource(CALLER, new UntagResourceRequest(List.of("a"), ARN_PREFIX + "s"));
        assertThat(f.kinesis.listTagsForResource(CALLER, new ResourceArnRequest(ARN_PREFIX + "s")).tags())
                .containsExactly(new Tag("c", "3"));
        java.util.Map<String, String> tooMany = new java.util.HashMap<>();
        for (int i = 0; i < 50; i++) {
            tooMany.put("k" + i, "v");
        }
        assertError(() -> f.kinesis.addTagsToStream(CALLER, new AddTagsToStreamRequest("s", tooMany, null)),
                KinesisError.INVALID_ARGUMENT, "Failed to add tags to stream s under account 000000000000 because a "
                        + "given stream cannot have more than 50 tags.");
        assertThat(f.kinesis.listTagsForResource(CALLER, new ResourceArnRequest(ARN_PREFIX + "s")).tags()).hasSize(1);
    }

    @Test
    void encryptionPoliciesMonitoringAndAccountSettingsAreStored() {
        KinesisFixture f = new KinesisFixture();
        f.create("s", 1);
        f.kinesis.startStreamEncryption(CALLER, new StreamEncryptionRequest("s", "KMS", "alias/aws/kinesis", null));
        assertThat(f.put("s", "k", "x").encryptionType()).isEqualTo("KMS");
        assertThat(f.get(f.iterator("s", "shardId-000000000000", "TRIM_HORIZON", null)).records().get(0).encryptionType())
                .isEqualTo("KMS");
        f.kinesis.putResourcePolicy(CALLER, new PutResourcePolicyRequest(ARN_PREFIX + "s", "{\"Version\":\"2012-10-17\"}"));
        assertThat(f.kinesis.getResourcePolicy(CALLER, new ResourceArnRequest(ARN_PREFIX + "s")).policy())
                .isEqualTo("{\"Version\":\"2012-10-17\"}");
        EnhancedMonitoringResult monitoring = f.kinesis.enableEnhancedMonitoring(CALLER,
                new EnhancedMonitoringRequest("s", List.of("IncomingBytes"), null));
        assertThat(monitoring.currentShardLevelMetrics()).isEmpty();
        assertThat(monitoring.desiredShardLevelMetrics()).containsExactly("IncomingBytes");
        UpdateAccountSettingsResult settings = f.kinesis.updateAccountSettings(CALLER, new UpdateAccountSettingsRequest(
                new MinimumThroughputBillingCommitmentInput("ENABLED")));
        assertThat(settings.minimumThroughputBillingCommitment().status()).isEqualTo("ENABLED");
        assertThat(f.kinesis.describeAccountSettings(CALLER).minimumThroughputBillingCommitment()).isEqualTo(
                settings.minimumThroughputBillingCommitment());
    }

    @Test
    void emulatorExposesAndResetsKinesis() {
        ManualClock clock = new ManualClock();
        try (Emulator emulator = Emulator.builder().clock(clock).kinesisOptions(KinesisOptions.DEFAULTS).build()) {
            emulator.kinesis().createStream(CALLER, new CreateStreamRequest("s", 1, null, null, null, null));
            emulator.reset();
            assertThat(emulator.kinesis().listStreams(CALLER, new ListStreamsRequest(null, null, null)).streamNames()).isEmpty();
        }
    }
}
