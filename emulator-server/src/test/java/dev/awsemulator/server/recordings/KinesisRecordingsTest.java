package dev.awsemulator.server.recordings;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.kinesis.KinesisClient;
import software.amazon.awssdk.services.kinesis.model.Shard;

import java.util.Comparator;
import java.util.Map;

/**
 * Kinesis scenarios of LocalStack's tests replayed through the SDK v2 (CBOR) over HTTP, each response compared
 * with the one recorded on AWS (see {@link Replay}). Each method is named after the recorded test it replays.
 */
class KinesisRecordingsTest extends RecordingsReplayTest {

    private static final AwsRecordings RECORDINGS = AwsRecordings.load("kinesis.snapshot.json");

    private static KinesisClient kinesis() {
        return clients.kinesis();
    }

    private static Replay replay(String test) {
        return clients.replay(RECORDINGS, test);
    }

    private static String streamArn(String name) {
        return kinesis().describeStreamSummary(b -> b.streamName(name)).streamDescriptionSummary().streamARN();
    }

    @Test
    void createStreamWithoutShardCount() {
        Replay replay = replay("TestKinesis::test_create_stream_without_shard_count")
                .replacingMember("StartingHashKey", "starting_hash").replacingMember("EndingHashKey", "ending_hash");
        kinesis().createStream(b -> b.streamName("unsized"));

        replay.value("Shards", kinesis().describeStream(b -> b.streamName("unsized")).streamDescription().shards()
                .stream().sorted(Comparator.comparing(Shard::shardId)).toList());
        replay.assertMatchesRecording();
    }

    @Test
    void addTagsToStream() {
        Replay replay = replay("TestKinesis::test_add_tags_to_stream");
        kinesis().createStream(b -> b.streamName("tagged").shardCount(1));
        kinesis().addTagsToStream(b -> b.streamName("tagged").tags(Map.of("foo", "bar")));

        replay.value("Tags", kinesis().listTagsForStream(b -> b.streamName("tagged")).tags().get(0));
        replay.assertMatchesRecording();
    }

    @Test
    void streamConsumers() {
        Replay replay = replay("TestKinesis::test_stream_consumers")
                .replacingMember("ConsumerCreationTimestamp", "timestamp");
        kinesis().createStream(b -> b.streamName("consumed").shardCount(1));
        String stream = streamArn("consumed");
        String consumer = kinesis().registerStreamConsumer(b -> b.streamARN(stream).consumerName("consumer"))
                .consumer().consumerARN();

        replay.value("One_consumer_by_list_stream",
                kinesis().listStreamConsumers(b -> b.streamARN(stream)).consumers());
        replay.value("One_consumer_by_describe_stream", kinesis().describeStreamConsumer(b -> b.streamARN(stream)
                .consumerARN(consumer)).consumerDescription());
        replay.assertMatchesRecording();
    }

    @Test
    void resourcePolicyCrud() {
        Replay replay = replay("TestKinesis::test_resource_policy_crud");
        kinesis().createStream(b -> b.streamName("governed"));
        String stream = streamArn("governed");
        String principal = "arn:aws:iam::" + RecordingClients.ACCOUNT + ":root";

        replay.call("default_policy_if_not_set", () -> kinesis().getResourcePolicy(b -> b.resourceARN(stream)));
        replay.call("put_resource_policy_if_not_set", () -> kinesis().putResourcePolicy(b -> b.resourceARN(stream)
                .policy(policy("AllowCrossAccountWrite", principal, "\"kinesis:PutRecord\"", stream))));
        replay.call("get_resource_policy_after_set", () -> kinesis().getResourcePolicy(b -> b.resourceARN(stream)));
        replay.call("update_resource_policy", () -> kinesis().putResourcePolicy(b -> b.resourceARN(stream)
                .policy(policy("AllowCrossAccountReadWrite", principal,
                        "[\"kinesis:PutRecord\", \"kinesis:GetRecords\"]", stream))));
        replay.call("get_resource_policy_after_update", () -> kinesis().getResourcePolicy(b -> b.resourceARN(stream)));
        replay.call("delete_resource_policy", () -> kinesis().deleteResourcePolicy(b -> b.resourceARN(stream)));
        replay.call("get_resource_policy_after_delete", () -> kinesis().getResourcePolicy(b -> b.resourceARN(stream)));
        replay.assertMatchesRecording();
    }

    private static String policy(String sid, String principal, String actions, String resource) {
        return "{\"Version\": \"2012-10-17\", \"Statement\": [{\"Sid\": \"" + sid + "\", \"Effect\": \"Allow\", "
                + "\"Principal\": {\"AWS\": \"" + principal + "\"}, \"Action\": " + actions + ", "
                + "\"Resource\": \"" + resource + "\"}]}";
    }
}
