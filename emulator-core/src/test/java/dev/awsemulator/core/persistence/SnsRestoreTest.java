package dev.awsemulator.core.persistence;

import dev.awsemulator.core.Emulator;
import dev.awsemulator.core.common.AwsException;
import dev.awsemulator.core.common.Caller;
import dev.awsemulator.core.sns.SnsError;
import dev.awsemulator.core.sns.SnsService;
import dev.awsemulator.core.sns.api.*;
import dev.awsemulator.core.sqs.api.CreateQueueRequest;
import dev.awsemulator.core.testsupport.Restarts;
import dev.awsemulator.core.testsupport.SqsFixture;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.Signature;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** SNS topics and subscriptions after a killed process restarts: the same as before, filters included. */
class SnsRestoreTest {

    private static final Caller CALLER = new Caller(Caller.DEFAULT_ACCOUNT, Caller.DEFAULT_REGION,
            URI.create("http://localhost:4566"));

    @RegisterExtension
    final Restarts restarts = new Restarts();

    private SnsService sns() {
        return restarts.emulator().sns();
    }

    private Map<String, String> topicAttributes(String topicArn) {
        return sns().getTopicAttributes(CALLER, new TopicArnRequest(topicArn)).attributes();
    }

    private Map<String, String> subscriptionAttributes(String subscriptionArn) {
        return sns().getSubscriptionAttributes(CALLER, new SubscriptionArnRequest(subscriptionArn)).attributes();
    }

    @Test
    void topicsWithAttributesTagsAndSubscriptionsComeBack() {
        String topic = sns().createTopic(CALLER, new CreateTopicRequest("orders", Map.of("DisplayName", "Orders"),
                List.of(new Tag("team", "checkout")), null)).topicArn();
        sns().setTopicAttributes(CALLER, new SetTopicAttributesRequest(topic, "DeliveryPolicy",
                "{\"http\":{\"defaultHealthyRetryPolicy\":{\"numRetries\":5}}}"));
        String http = sns().subscribe(CALLER, new SubscribeRequest(topic, "http", "http://example.com/hook",
                Map.of(), true)).subscriptionArn();
        String token = sns().confirmationToken(http);
        String email = sns().subscribe(CALLER, new SubscribeRequest(topic, "email", "a@example.com", Map.of(), true))
                .subscriptionArn();
        sns().confirmSubscription(CALLER, new ConfirmSubscriptionRequest(topic, sns().confirmationToken(email), "true"));
        Map<String, String> topicBefore = topicAttributes(topic);
        Map<String, String> httpBefore = subscriptionAttributes(http);
        Map<String, String> emailBefore = subscriptionAttributes(email);

        restarts.killAndRestart();

        assertThat(topicAttributes(topic)).isEqualTo(topicBefore);
        assertThat(subscriptionAttributes(http)).isEqualTo(httpBefore).containsEntry("PendingConfirmation", "true");
        assertThat(subscriptionAttributes(email)).isEqualTo(emailBefore)
                .containsEntry("ConfirmationWasAuthenticated", "true");
        assertThat(sns().listTagsForResource(CALLER, new ResourceArnRequest(topic)).tags())
                .containsExactly(new Tag("team", "checkout"));
        sns().confirmSubscription(CALLER, new ConfirmSubscriptionRequest(topic, token, null));
        assertThat(subscriptionAttributes(http)).containsEntry("PendingConfirmation", "false");
    }

    @Test
    void permissionsTagsDataProtectionAndSubscriptionAttributesSurvive() {
        String topic = sns().createTopic(CALLER, new CreateTopicRequest("orders", Map.of(),
                List.of(new Tag("team", "checkout"), new Tag("stage", "test")), null)).topicArn();
        sns().addPermission(CALLER, new AddPermissionRequest(topic, "publish", List.of("111122223333"),
                List.of("Publish")));
        sns().addPermission(CALLER, new AddPermissionRequest(topic, "subscribe", List.of("111122223333"),
                List.of("Subscribe")));
        sns().removePermission(CALLER, new RemovePermissionRequest(topic, "subscribe"));
        sns().tagResource(CALLER, new TagResourceRequest(topic, List.of(new Tag("owner", "payments"))));
        sns().untagResource(CALLER, new UntagResourceRequest(topic, List.of("stage")));
        String policy = "{\"Name\":\"orders\",\"Version\":\"2021-06-01\",\"Statement\":[]}";
        sns().putDataProtectionPolicy(CALLER, new PutDataProtectionPolicyRequest(topic, policy));
        String subscription = sns().subscribe(CALLER, new SubscribeRequest(topic, "sqs",
                "arn:aws:sqs:us-east-1:000000000000:orders", Map.of(), true)).subscriptionArn();
        sns().setSubscriptionAttributes(CALLER, new SetSubscriptionAttributesRequest(subscription,
                "RawMessageDelivery", "true"));
        Map<String, String> topicBefore = topicAttributes(topic);
        Map<String, String> subscriptionBefore = subscriptionAttributes(subscription);

        restarts.killAndRestart();

        assertThat(topicAttributes(topic)).isEqualTo(topicBefore);
        assertThat(topicAttributes(topic).get("Policy")).contains("publish").doesNotContain("subscribe");
        assertThat(sns().listTagsForResource(CALLER, new ResourceArnRequest(topic)).tags())
                .containsExactlyInAnyOrder(new Tag("team", "checkout"), new Tag("owner", "payments"));
        assertThat(sns().getDataProtectionPolicy(CALLER, new ResourceArnRequest(topic)).dataProtectionPolicy())
                .isEqualTo(policy);
        assertThat(subscriptionAttributes(subscription)).isEqualTo(subscriptionBefore)
                .containsEntry("RawMessageDelivery", "true");
    }

    @Test
    void filterPolicyStillSelectsWhatReachesTheQueue() {
        Emulator emulator = restarts.emulator();
        String queueUrl = emulator.sqs().createQueue(SqsFixture.CALLER, new CreateQueueRequest("red", Map.of(), null))
                .queueUrl();
        String topic = sns().createTopic(CALLER, new CreateTopicRequest("t", Map.of(), List.of(), null)).topicArn();
        sns().subscribe(CALLER, new SubscribeRequest(topic, "sqs", SqsFixture.arnOf("red"),
                Map.of("FilterPolicy", "{\"colour\":[\"red\"]}", "RawMessageDelivery", "true"), true));

        restarts.killAndRestart();

        publish(topic, "blue one", "blue");
        publish(topic, "red one", "red");
        SqsFixture queue = new SqsFixture(restarts.clock(), restarts.emulator().sqs());
        assertThat(queue.receiveBodies(queueUrl)).containsExactly("red one");
    }

    private void publish(String topic, String message, String colour) {
        sns().publish(CALLER, new PublishRequest(topic, null, null, message, null, null,
                Map.of("colour", new MessageAttributeValue("String", colour, null)), null, null));
    }

    @Test
    void fifoTopicDeduplicationAndSequenceSurvive() {
        String topic = sns().createTopic(CALLER, new CreateTopicRequest("t.fifo", Map.of("FifoTopic", "true"),
                List.of(), null)).topicArn();
        PublishResult first = publishFifo(topic, "d1");

        restarts.killAndRestart();

        assertThat(publishFifo(topic, "d1").messageId()).isEqualTo(first.messageId());
        String second = publishFifo(topic, "d2").sequenceNumber();
        assertThat(second).isGreaterThan(first.sequenceNumber());
        restarts.clock().advance(java.time.Duration.ofMinutes(6));
        restarts.emulator().compact();

        restarts.killAndRestart();

        assertThat(publishFifo(topic, "d1").sequenceNumber()).isGreaterThan(second);
    }

    private PublishResult publishFifo(String topic, String deduplicationId) {
        return sns().publish(CALLER, new PublishRequest(topic, null, null, "m", null, null, Map.of(),
                deduplicationId, "g"));
    }

    @Test
    void unsubscribedAndDeletedTopicsStayGone() {
        String kept = sns().createTopic(CALLER, new CreateTopicRequest("kept", Map.of(), List.of(), null)).topicArn();
        String gone = sns().createTopic(CALLER, new CreateTopicRequest("gone", Map.of(), List.of(), null)).topicArn();
        String staying = sns().subscribe(CALLER, new SubscribeRequest(kept, "sqs", SqsFixture.arnOf("a"), Map.of(),
                true)).subscriptionArn();
        String leaving = sns().subscribe(CALLER, new SubscribeRequest(kept, "sqs", SqsFixture.arnOf("b"), Map.of(),
                true)).subscriptionArn();
        sns().subscribe(CALLER, new SubscribeRequest(gone, "sqs", SqsFixture.arnOf("a"), Map.of(), true));
        sns().unsubscribe(CALLER, new SubscriptionArnRequest(leaving));
        sns().deleteTopic(CALLER, new TopicArnRequest(gone));

        restarts.killAndRestart();

        assertThat(sns().listTopics(CALLER, new NextTokenRequest(null)).topics())
                .extracting(dev.awsemulator.core.sns.api.Topic::topicArn).containsExactly(kept);
        assertThat(sns().listSubscriptions(CALLER, new NextTokenRequest(null)).subscriptions())
                .extracting(Subscription::subscriptionArn).containsExactly(staying);
        AwsException error = catchThrowableOfType(AwsException.class,
                () -> sns().getTopicAttributes(CALLER, new TopicArnRequest(gone)));
        assertThat(error.errorCode()).isEqualTo(SnsError.NOT_FOUND);
    }

    @Test
    void deliveriesSignedBeforeARestartStillVerifyAgainstTheServedCertificate() throws Exception {
        Emulator emulator = restarts.emulator();
        String queueUrl = emulator.sqs().createQueue(SqsFixture.CALLER, new CreateQueueRequest("signed", Map.of(),
                null)).queueUrl();
        String topic = sns().createTopic(CALLER, new CreateTopicRequest("t", Map.of(), List.of(), null)).topicArn();
        sns().subscribe(CALLER, new SubscribeRequest(topic, "sqs", SqsFixture.arnOf("signed"), Map.of(), true));
        publish(topic, "before the restart", "red");
        String certificateBefore = sns().signingCertificatePem();

        restarts.killAndRestart();

        JsonNode envelope = new ObjectMapper().readTree(new SqsFixture(restarts.clock(), restarts.emulator().sqs())
                .receiveBodies(queueUrl).get(0));
        assertThat(envelope.get("Message").asText()).isEqualTo("before the restart");
        assertThat(verifies(envelope, sns().signingCertificatePem())).isTrue();
        restarts.emulator().reset();
        restarts.killAndRestart();
        assertThat(sns().signingCertificatePem()).isEqualTo(certificateBefore);
    }

    /** As a subscriber checks a notification (signature version 1: SHA1withRSA over the documented fields). */
    private static boolean verifies(JsonNode envelope, String certificatePem) throws Exception {
        StringBuilder canonical = new StringBuilder();
        for (String key : List.of("Message", "MessageId", "Subject", "Timestamp", "TopicArn", "Type")) {
            if (envelope.has(key)) {
                canonical.append(key).append('\n').append(envelope.get(key).asText()).append('\n');
            }
        }
        Certificate certificate = CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(certificatePem.getBytes(StandardCharsets.US_ASCII)));
        Signature signature = Signature.getInstance("SHA1withRSA");
        signature.initVerify(certificate.getPublicKey());
        signature.update(canonical.toString().getBytes(StandardCharsets.UTF_8));
        return signature.verify(Base64.getDecoder().decode(envelope.get("Signature").asText()));
    }
}
