package dev.awsemulator.server.recordings;

import dev.awsemulator.server.testsupport.EmulatorServerExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sns.model.Tag;

import java.util.Map;

/**
 * SNS scenarios of LocalStack's tests replayed through the SDK v2 over HTTP, each response compared with the
 * one recorded on AWS (see {@link Replay}). Each method is named after the recorded test it replays.
 */
class SnsRecordingsTest {

    @RegisterExtension
    static final EmulatorServerExtension aws = new EmulatorServerExtension();

    private static final AwsRecordings RECORDINGS = AwsRecordings.load("sns.snapshot.json");
    private static RecordingClients clients;
    private static SnsClient sns;

    @BeforeAll
    static void clients() {
        clients = new RecordingClients(aws.endpoint());
        sns = clients.sns();
    }

    @AfterAll
    static void close() {
        clients.close();
    }

    private static Replay replay(String test) {
        return clients.replay(RECORDINGS, test);
    }

    private static String topicArn(String name) {
        return "arn:aws:sns:us-east-1:" + RecordingClients.ACCOUNT + ":" + name;
    }

    @Test
    void createTopicWithAttributes() {
        Replay replay = replay("TestSNSTopicCrud::test_create_topic_with_attributes");
        String topic = sns.createTopic(b -> b.name("topictest.fifo").attributes(Map.of(
                "DisplayName", "TestTopic", "SignatureVersion", "2", "FifoTopic", "true"))).topicArn();

        replay.call("get-topic-attrs", () -> sns.getTopicAttributes(b -> b.topicArn(topic)));
        replay.call("get-attrs-nonexistent-topic",
                () -> sns.getTopicAttributes(b -> b.topicArn(topic.substring(0, topic.length() - 8) + "d1f2a3b4")));
        replay.call("get-attrs-malformed-topic", () -> sns.getTopicAttributes(b -> b.topicArn("test-topic")));
        replay.assertMatchesRecording();
    }

    @Test
    void createTopicTestArn() {
        Replay replay = replay("TestSNSTopicCrud::test_create_topic_test_arn");
        String topic = replay.call("create-topic", () -> sns.createTopic(b -> b.name("topic-test-create"))).topicArn();

        replay.call("get-topic-attrs", () -> sns.getTopicAttributes(b -> b.topicArn(topic)));
        replay.call("delete-topic", () -> sns.deleteTopic(b -> b.topicArn(topic)));
        replay.call("topic-not-exists", () -> sns.getTopicAttributes(b -> b.topicArn(topic)));
        replay.assertMatchesRecording();
    }

    @Test
    void tags() {
        Replay replay = replay("TestSNSTopicCrud::test_tags");
        String topic = sns.createTopic(b -> b.name("tagged")).topicArn();

        replay.call("duplicate-key-error", () -> sns.tagResource(b -> b.resourceArn(topic)
                .tags(tag("k1", "v1"), tag("k2", "v2"), tag("k2", "v2"))));
        sns.tagResource(b -> b.resourceArn(topic).tags(tag("k1", "v1"), tag("k2", "v2")));
        replay.call("list-created-tags", () -> sns.listTagsForResource(b -> b.resourceArn(topic)));
        sns.untagResource(b -> b.resourceArn(topic).tagKeys("k1"));
        replay.call("list-after-delete-tags", () -> sns.listTagsForResource(b -> b.resourceArn(topic)));
        sns.tagResource(b -> b.resourceArn(topic).tags(tag("k2", "v2b")));
        replay.call("list-after-update-tags", () -> sns.listTagsForResource(b -> b.resourceArn(topic)));
        replay.assertMatchesRecording();
    }

    @Test
    void publishWrongArnFormat() {
        Replay replay = replay("TestSNSPublishCrud::test_publish_wrong_arn_format");

        replay.call("invalid-topic-arn", () -> sns.publish(b -> b.message("Good news everyone!").topicArn("randomstring")));
        replay.call("invalid-topic-arn-1",
                () -> sns.publish(b -> b.message("Good news everyone!").topicArn("randomstring:1")));
        replay.call("empty-topic", () -> sns.publish(b -> b.message("Good news everyone!").topicArn("")));
        replay.assertMatchesRecording();
    }

    @Test
    void publishNonExistentTarget() {
        Replay replay = replay("TestSNSPublishCrud::test_publish_non_existent_target");
        sns.createTopic(b -> b.name("target"));

        replay.call("non-existent-endpoint", () -> sns.publish(b -> b.message("This is a push notification")
                .targetArn("arn:aws:sns:us-east-1:" + RecordingClients.ACCOUNT
                        + ":endpoint/APNS/abcdef/0f7d5971-aa8b-4bd5-b585-0826e9f93a66")));
        replay.assertMatchesRecording();
    }

    @Test
    void unsubscribeWrongArnFormat() {
        Replay replay = replay("TestSNSSubscriptionCrud::test_unsubscribe_wrong_arn_format");

        replay.call("invalid-unsubscribe-arn-1", () -> sns.unsubscribe(b -> b.subscriptionArn("randomstring")));
        replay.call("invalid-unsubscribe-arn-2",
                () -> sns.unsubscribe(b -> b.subscriptionArn("arn:aws:sns:us-east-1:random")));
        replay.call("invalid-unsubscribe-arn-3",
                () -> sns.unsubscribe(b -> b.subscriptionArn(topicArn("random"))));
        replay.call("invalid-unsubscribe-arn-4", () -> sns.unsubscribe(b -> { }));
        replay.assertMatchesRecording();
    }

    private static Tag tag(String key, String value) {
        return Tag.builder().key(key).value(value).build();
    }
}
