package dev.awsemulator.server.recordings;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sns.model.PublishBatchRequestEntry;
import software.amazon.awssdk.services.sns.model.SetSubscriptionAttributesResponse;
import software.amazon.awssdk.services.sns.model.Tag;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

import java.util.Map;
import java.util.stream.IntStream;

/**
 * SNS scenarios of LocalStack's tests replayed through the SDK v2 over HTTP, each response compared with the
 * one recorded on AWS (see {@link Replay}). Each method is named after the recorded test it replays.
 */
class SnsRecordingsTest extends RecordingsReplayTest {

    private static final AwsRecordings RECORDINGS = AwsRecordings.load("sns.snapshot.json");

    private static SnsClient sns() {
        return clients.sns();
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
        String topic = sns().createTopic(b -> b.name("topictest.fifo").attributes(Map.of(
                "DisplayName", "TestTopic", "SignatureVersion", "2", "FifoTopic", "true"))).topicArn();

        replay.call("get-topic-attrs", () -> sns().getTopicAttributes(b -> b.topicArn(topic)));
        replay.call("get-attrs-nonexistent-topic",
                () -> sns().getTopicAttributes(b -> b.topicArn(topic.substring(0, topic.length() - 8) + "d1f2a3b4")));
        replay.call("get-attrs-malformed-topic", () -> sns().getTopicAttributes(b -> b.topicArn("test-topic")));
        replay.assertMatchesRecording();
    }

    @Test
    void createTopicTestArn() {
        Replay replay = replay("TestSNSTopicCrud::test_create_topic_test_arn");
        String topic = replay.call("create-topic", () -> sns().createTopic(b -> b.name("topic-test-create")))
                .topicArn();

        replay.call("get-topic-attrs", () -> sns().getTopicAttributes(b -> b.topicArn(topic)));
        replay.call("delete-topic", () -> sns().deleteTopic(b -> b.topicArn(topic)));
        replay.call("topic-not-exists", () -> sns().getTopicAttributes(b -> b.topicArn(topic)));
        replay.assertMatchesRecording();
    }

    @Test
    void tags() {
        Replay replay = replay("TestSNSTopicCrud::test_tags");
        String topic = sns().createTopic(b -> b.name("tagged")).topicArn();

        replay.call("duplicate-key-error", () -> sns().tagResource(b -> b.resourceArn(topic)
                .tags(tag("k1", "v1"), tag("k2", "v2"), tag("k2", "v2"))));
        sns().tagResource(b -> b.resourceArn(topic).tags(tag("k1", "v1"), tag("k2", "v2")));
        replay.call("list-created-tags", () -> sns().listTagsForResource(b -> b.resourceArn(topic)));
        sns().untagResource(b -> b.resourceArn(topic).tagKeys("k1"));
        replay.call("list-after-delete-tags", () -> sns().listTagsForResource(b -> b.resourceArn(topic)));
        sns().tagResource(b -> b.resourceArn(topic).tags(tag("k2", "v2b")));
        replay.call("list-after-update-tags", () -> sns().listTagsForResource(b -> b.resourceArn(topic)));
        replay.assertMatchesRecording();
    }

    @Test
    void publishWrongArnFormat() {
        Replay replay = replay("TestSNSPublishCrud::test_publish_wrong_arn_format");

        replay.call("invalid-topic-arn",
                () -> sns().publish(b -> b.message("Good news everyone!").topicArn("randomstring")));
        replay.call("invalid-topic-arn-1",
                () -> sns().publish(b -> b.message("Good news everyone!").topicArn("randomstring:1")));
        replay.call("empty-topic", () -> sns().publish(b -> b.message("Good news everyone!").topicArn("")));
        replay.assertMatchesRecording();
    }

    @Test
    void publishNonExistentTarget() {
        Replay replay = replay("TestSNSPublishCrud::test_publish_non_existent_target");
        sns().createTopic(b -> b.name("target"));

        replay.call("non-existent-endpoint", () -> sns().publish(b -> b.message("This is a push notification")
                .targetArn("arn:aws:sns:us-east-1:" + RecordingClients.ACCOUNT
                        + ":endpoint/APNS/abcdef/0f7d5971-aa8b-4bd5-b585-0826e9f93a66")));
        replay.assertMatchesRecording();
    }

    @Test
    void unsubscribeWrongArnFormat() {
        Replay replay = replay("TestSNSSubscriptionCrud::test_unsubscribe_wrong_arn_format");

        replay.call("invalid-unsubscribe-arn-1", () -> sns().unsubscribe(b -> b.subscriptionArn("randomstring")));
        replay.call("invalid-unsubscribe-arn-2",
                () -> sns().unsubscribe(b -> b.subscriptionArn("arn:aws:sns:us-east-1:random")));
        replay.call("invalid-unsubscribe-arn-3",
                () -> sns().unsubscribe(b -> b.subscriptionArn(topicArn("random"))));
        replay.call("invalid-unsubscribe-arn-4", () -> sns().unsubscribe(b -> { }));
        replay.assertMatchesRecording();
    }

    @Test
    void createDuplicateTopicWithMoreTags() {
        Replay replay = replay("TestSNSTopicCrud::test_create_duplicate_topic_with_more_tags");
        sns().createTopic(b -> b.name("test-duplicated-topic-more-tags"));

        replay.call("exception-duplicate", () -> sns().createTopic(b -> b.name("test-duplicated-topic-more-tags")
                .tags(tag("key1", "value1"))));
        replay.assertMatchesRecording();
    }

    @Test
    void createDuplicateTopicCheckIdempotency() {
        Replay replay = replay("TestSNSTopicCrud::test_create_duplicate_topic_check_idempotency");
        Tag a = tag("a", "1");
        Tag b = tag("b", "2");

        replay.call("response-created", () -> sns().createTopic(r -> r.name("test-again").tags(a, b)));
        replay.call("response-same-arn-0", () -> sns().createTopic(r -> r.name("test-again").tags(a, b)));
        replay.call("response-same-arn-1", () -> sns().createTopic(r -> r.name("test-again").tags(a)));
        replay.call("response-same-arn-2", () -> sns().createTopic(r -> r.name("test-again")));
        replay.assertMatchesRecording();
    }

    @Test
    void publishWithEmptySubject() {
        Replay replay = replay("TestSNSPublishCrud::test_publish_with_empty_subject");
        String topic = sns().createTopic(b -> b.name("subjects")).topicArn();

        replay.call("response-without-subject",
                () -> sns().publish(b -> b.topicArn(topic).message("{\"message\": \"test_publish\"}")));
        replay.call("response-with-empty-subject",
                () -> sns().publish(b -> b.topicArn(topic).subject("").message("{\"message\": \"test_publish\"}")));
        replay.assertMatchesRecording();
    }

    @Test
    void emptySnsMessage() {
        Replay replay = replay("TestSNSPublishCrud::test_empty_sns_message");
        String topic = sns().createTopic(b -> b.name("quiet")).topicArn();
        String queue = subscribedQueue(topic, "quiet-queue");

        replay.call("empty-msg-error", () -> sns().publish(b -> b.topicArn(topic).message("")));
        replay.call("queue-attrs", () -> clients.sqs().getQueueAttributes(b -> b.queueUrl(queue)
                .attributeNamesWithStrings("ApproximateNumberOfMessages")));
        replay.assertMatchesRecording();
    }

    @Test
    void messageStructureJsonExc() {
        Replay replay = replay("TestSNSPublishCrud::test_message_structure_json_exc");
        String topic = sns().createTopic(b -> b.name("structured")).topicArn();

        replay.call("missing-default-key", () -> sns().publish(b -> b.topicArn(topic).messageStructure("json")
                .message("{\"sqs\": \"Test message\"}")));
        replay.call("invalid-json", () -> sns().publish(b -> b.topicArn(topic).messageStructure("json")
                .message("{\"default\": \"This is a default message\"} }")));
        replay.call("duplicate-json-keys", () -> sns().publish(b -> b.topicArn(topic).messageStructure("json")
                .message("{\"default\": \"This is a default message\", \"default\": \"Duplicate\"}")));
        replay.call("key-is-not-string", () -> sns().publish(b -> b.topicArn(topic).messageStructure("json")
                .message("{\"default\": {\"object\": \"test\"}}")));
        replay.assertMatchesRecording();
    }

    @Test
    void subscribeWithInvalidProtocol() {
        Replay replay = replay("TestSNSSubscriptionCrud::test_subscribe_with_invalid_protocol");
        String topic = sns().createTopic(b -> b.name("protocols")).topicArn();

        replay.call("exception", () -> sns().subscribe(b -> b.topicArn(topic).protocol("test-protocol")
                .endpoint("localstack@yopmail.com")));
        replay.assertMatchesRecording();
    }

    @Test
    void unsubscribeFromNonExistingSubscription() {
        Replay replay = replay("TestSNSSubscriptionCrud::test_unsubscribe_from_non_existing_subscription");
        String topic = sns().createTopic(b -> b.name("left")).topicArn();
        subscribedQueue(topic, "left-queue");
        String subscription = sns().listSubscriptionsByTopic(b -> b.topicArn(topic)).subscriptions().get(0)
                .subscriptionArn();
        sns().unsubscribe(b -> b.subscriptionArn(subscription));

        replay.call("empty-unsubscribe", () -> sns().unsubscribe(b -> b.subscriptionArn(subscription)));
        replay.assertMatchesRecording();
    }

    @Test
    void createSubscriptionsWithAttributes() {
        // The recording's subscriber was an IAM user; the emulator knows the account only and names its root.
        Replay replay = replay("TestSNSSubscriptionCrud::test_create_subscriptions_with_attributes")
                .replacingMember("SubscriptionPrincipal",
                        "arn:aws:iam::" + RecordingClients.ACCOUNT + ":user/replayer");
        String topic = sns().createTopic(b -> b.name("attributed")).topicArn();
        String queueArn = queueArn(clients.sqs().createQueue(b -> b.queueName("attributed-queue")).queueUrl());

        replay.call("subscribe-wrong-attr", () -> sns().subscribe(b -> b.topicArn(topic).protocol("sqs")
                .endpoint(queueArn).returnSubscriptionArn(true).attributes(Map.of("RawMessageDelivery", "wrongvalue",
                        "FilterPolicyScope", "MessageBody", "FilterPolicy", ""))));
        String subscription = replay.call("subscribe", () -> sns().subscribe(b -> b.topicArn(topic).protocol("sqs")
                .endpoint(queueArn).returnSubscriptionArn(true).attributes(Map.of("RawMessageDelivery", "TrUe",
                        "FilterPolicyScope", "MessageBody", "FilterPolicy", "")))).subscriptionArn();
        replay.call("get-attrs", () -> sns().getSubscriptionAttributes(b -> b.subscriptionArn(subscription)));
        replay.call("get-attrs-nonexistent-sub", () -> sns().getSubscriptionAttributes(b -> b.subscriptionArn(
                subscription.substring(0, subscription.length() - 8) + "5ab1c2d3")));
        replay.assertMatchesRecording();
    }

    @Test
    void validateSetSubAttributes() {
        Replay replay = replay("TestSNSSubscriptionCrud::test_validate_set_sub_attributes");
        String topic = sns().createTopic(b -> b.name("validated")).topicArn();
        subscribedQueue(topic, "validated-queue");
        String subscription = sns().listSubscriptionsByTopic(b -> b.topicArn(topic)).subscriptions().get(0)
                .subscriptionArn();

        replay.call("fake-attribute", () -> setAttribute(subscription, "FakeAttribute", "test-value"));
        replay.call("raw-message-wrong-value", () -> setAttribute(subscription, "RawMessageDelivery", "test-ValUe"));
        replay.call("raw-message-empty-value", () -> setAttribute(subscription, "RawMessageDelivery", ""));
        replay.call("fake-arn-redrive-policy",
                () -> setAttribute(subscription, "RedrivePolicy", "{\"deadLetterTargetArn\": \"fake-arn\"}"));
        String parserWords = "AWS follows \"failed to parse JSON.\" with its JSON parser's own description and "
                + "position of the error; the emulator states the rule only";
        replay.leaveOut("invalid-json-redrive-policy", parserWords);
        replay.leaveOut("invalid-json-filter-policy", parserWords);
        replay.assertMatchesRecording();
    }

    @Test
    void publishBatchExceptions() {
        Replay replay = replay("TestSNSSubscriptionSQS::test_publish_batch_exceptions");
        String topic = sns().createTopic(b -> b.name("batches.fifo").attributes(Map.of("FifoTopic", "true")))
                .topicArn();

        replay.call("no-group-id", () -> sns().publishBatch(b -> b.topicArn(topic).publishBatchRequestEntries(
                entry("1", "Test message without Group ID").build())));
        replay.call("too-many-msg", () -> sns().publishBatch(b -> b.topicArn(topic).publishBatchRequestEntries(
                IntStream.range(0, 11).mapToObj(i -> entry("Id_" + i, "Too many messages").build()).toList())));
        replay.call("same-msg-id", () -> sns().publishBatch(b -> b.topicArn(topic).publishBatchRequestEntries(
                entry("1", "Messages with the same ID").build(), entry("1", "Messages with the same ID").build())));
        replay.call("no-dedup-id", () -> sns().publishBatch(b -> b.topicArn(topic).publishBatchRequestEntries(
                entry("1", "Test message without MessageDeduplicationId").messageGroupId("msg1").build())));
        replay.call("no-default-key-json", () -> sns().publishBatch(b -> b.topicArn(topic).publishBatchRequestEntries(
                entry("1", "{\"sqs\": \"test sqs\"}").messageStructure("json").build())));
        replay.assertMatchesRecording();
    }

    @ParameterizedTest
    @CsvSource({"missing-credential, PlatformPrincipal", "missing-principal, PlatformCredential", "no-args, ''"})
    void createPlatformApplicationInvalidAttributes(String variant, String attribute) {
        Replay replay = replay("TestSNSPlatformApplicationCrud::test_create_platform_application_invalid_attributes["
                + variant + "]");

        replay.call("platform-application-no-attributes", () -> sns().createPlatformApplication(b -> b
                .name("platform-application-1").platform("ADM")
                .attributes(attribute.isEmpty() ? Map.of() : Map.of(attribute, "dummy"))));
        replay.assertMatchesRecording();
    }

    @ParameterizedTest
    @ValueSource(strings = {"too-long", "empty", "invalid-char"})
    void createPlatformApplicationInvalidName(String variant) {
        String name = switch (variant) {
            case "too-long" -> "a".repeat(257);
            case "empty" -> "";
            default -> "@name";
        };
        Replay replay = replay("TestSNSPlatformApplicationCrud::test_create_platform_application_invalid_name["
                + variant + "]");

        replay.call("invalid-application-name", () -> sns().createPlatformApplication(b -> b.name(name).platform("ADM")
                .attributes(Map.of("PlatformPrincipal", "dummy", "PlatformCredential", "dummy"))));
        replay.assertMatchesRecording();
    }

    @Test
    void createPlatformApplicationInvalidPlatform() {
        Replay replay = replay("TestSNSPlatformApplicationCrud::test_create_platform_application_invalid_platform");

        replay.call("invalid-platform", () -> sns().createPlatformApplication(b -> b.name("platform-application-2")
                .platform("AAA").attributes(Map.of("PlatformPrincipal", "dummy", "PlatformCredential", "dummy"))));
        replay.assertMatchesRecording();
    }

    @Test
    void getPlatformApplicationAttributesNonExistingApp() {
        Replay replay = replay(
                "TestSNSPlatformApplicationCrud::test_get_platform_application_attributes_non_existing_app");

        replay.call("non_existing-application-arn", () -> sns().getPlatformApplicationAttributes(b -> b
                .platformApplicationArn(topicArn("app/ADM/NonExistingApp"))));
        replay.assertMatchesRecording();
    }

    @Test
    void getPlatformApplicationAttributesInvalidArn() {
        Replay replay = replay("TestSNSPlatformApplicationCrud::test_get_platform_application_attributes_invalid_arn");

        replay.call("invalid-application-arn", () -> sns().getPlatformApplicationAttributes(b -> b
                .platformApplicationArn("invalid-arn")));
        replay.assertMatchesRecording();
    }

    @Test
    void setPlatformApplicationAttributesInvalidArn() {
        Replay replay = replay("TestSNSPlatformApplicationCrud::test_set_platform_application_attributes_invalid_arn");

        replay.call("invalid-application-arn", () -> sns().setPlatformApplicationAttributes(b -> b
                .platformApplicationArn("invalid-arn").attributes(Map.of())));
        replay.assertMatchesRecording();
    }

    @ParameterizedTest
    @ValueSource(strings = {"no-args", "dummy-args"})
    void setPlatformApplicationAttributesNonExistingApp(String variant) {
        Replay replay = replay(
                "TestSNSPlatformApplicationCrud::test_set_platform_application_attributes_non_existing_app[" + variant
                        + "]");

        replay.call("non_existing-application-arn", () -> sns().setPlatformApplicationAttributes(b -> b
                .platformApplicationArn(topicArn("app/ADM/NonExistingApp"))
                .attributes(variant.equals("no-args") ? Map.of() : Map.of("PlatformPrincipal", "dummy"))));
        replay.assertMatchesRecording();
    }

    private static PublishBatchRequestEntry.Builder entry(String id, String message) {
        return PublishBatchRequestEntry.builder().id(id).message(message);
    }

    private static SetSubscriptionAttributesResponse setAttribute(String subscription, String name, String value) {
        return sns().setSubscriptionAttributes(b -> b.subscriptionArn(subscription).attributeName(name)
                .attributeValue(value));
    }

    /** A new queue subscribed to the topic; its URL. */
    private static String subscribedQueue(String topic, String name) {
        String queue = clients.sqs().createQueue(b -> b.queueName(name)).queueUrl();
        sns().subscribe(b -> b.topicArn(topic).protocol("sqs").endpoint(queueArn(queue)));
        return queue;
    }

    private static String queueArn(String queueUrl) {
        return clients.sqs().getQueueAttributes(b -> b.queueUrl(queueUrl).attributeNames(QueueAttributeName.QUEUE_ARN))
                .attributes().get(QueueAttributeName.QUEUE_ARN);
    }

    private static Tag tag(String key, String value) {
        return Tag.builder().key(key).value(value).build();
    }
}
