package dev.awsemulator.server.sns;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.awsemulator.server.testsupport.EmulatorServerExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;

import java.net.URI;
import java.util.List;
import java.util.Map;

import static dev.awsemulator.server.testsupport.EmulatorServerExtension.queueArn;
import static dev.awsemulator.server.testsupport.SnsSignatures.assertSignatureVerifies;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Notifications delivered to SQS queues are signed when first read (received or peeked), not when
 * published: whichever way they are read, every envelope verifies against the certificate at its
 * SigningCertURL, and the SDK's check of MD5OfBody passes on the signed body.
 */
class SnsQueueSignatureTest {

    @RegisterExtension
    static final EmulatorServerExtension aws = new EmulatorServerExtension();

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Quotes, the signature's own key, and text beyond ASCII: the signature goes in at the right place. */
    private static final String MESSAGE = "He wrote \"Signature\":\"forged\" and signed: caf\u00e9 \u2615 \ud83d\udce6";

    private static SqsClient peekClient;

    /** An SDK client pointed at the peek endpoint: its ReceiveMessage peeks. */
    private static synchronized SqsClient peek() {
        if (peekClient == null) {
            peekClient = SqsClient.builder().region(Region.US_EAST_1)
                    .endpointOverride(URI.create(aws.endpoint() + "/_aws/sqs/messages"))
                    .credentialsProvider(EmulatorServerExtension.credentials()).build();
        }
        return peekClient;
    }

    @AfterAll
    static void closePeekClient() {
        if (peekClient != null) {
            peekClient.close();
        }
    }

    @ParameterizedTest(name = "SignatureVersion {0}")
    @ValueSource(strings = {"1", "2"})
    void everyQueueOfAFanoutReceivesAnEnvelopeThatVerifies(String signatureVersion) throws Exception {
        String topic = aws.sns().createTopic(b -> b.name("signed-v" + signatureVersion)
                .attributes(Map.of("SignatureVersion", signatureVersion))).topicArn();
        List<String> queues = List.of(subscribedQueue(topic, "first-v" + signatureVersion),
                subscribedQueue(topic, "second-v" + signatureVersion));

        String messageId = aws.sns().publish(b -> b.topicArn(topic).message(MESSAGE).subject("Signed")
                .messageAttributes(Map.of("kind", SnsFanoutTest.string("\"Signature\":\"")))).messageId();

        List<JsonNode> envelopes = queues.stream().map(SnsQueueSignatureTest::receiveOne).toList();
        for (JsonNode envelope : envelopes) {
            assertThat(envelope.get("MessageId").asText()).isEqualTo(messageId);
            assertThat(envelope.get("Message").asText()).isEqualTo(MESSAGE);
            assertThat(envelope.get("SignatureVersion").asText()).isEqualTo(signatureVersion);
            assertSignatureVerifies(envelope);
        }
        assertThat(envelopes.get(0).get("Signature")).isEqualTo(envelopes.get(1).get("Signature"));
        assertThat(envelopes.get(0).get("UnsubscribeURL")).isNotEqualTo(envelopes.get(1).get("UnsubscribeURL"));
    }

    @Test
    void aPeekedEnvelopeVerifiesAndIsTheBodyALaterReceiveGets() throws Exception {
        String topic = aws.sns().createTopic(b -> b.name("peeked")).topicArn();
        String queue = subscribedQueue(topic, "peeked-queue");
        aws.sns().publish(b -> b.topicArn(topic).message(MESSAGE));

        List<Message> peeked = peek().receiveMessage(b -> b.queueUrl(queue)).messages();
        assertThat(peeked).hasSize(1);
        assertSignatureVerifies(JSON.readTree(peeked.get(0).body()));

        List<Message> received = aws.sqs().receiveMessage(b -> b.queueUrl(queue)).messages();
        assertThat(received).extracting(Message::body).containsExactly(peeked.get(0).body());
        assertThat(received.get(0).md5OfBody()).isEqualTo(peeked.get(0).md5OfBody());
    }

    @Test
    void anEnvelopeMovedToADeadLetterQueueStillVerifies() throws Exception {
        String deadLetters = aws.sqs().createQueue(b -> b.queueName("signed-dead-letters")).queueUrl();
        String topic = aws.sns().createTopic(b -> b.name("redriven")).topicArn();
        String queue = subscribedQueue(topic, "redriving");
        aws.sqs().setQueueAttributes(b -> b.queueUrl(queue).attributesWithStrings(Map.of("RedrivePolicy",
                "{\"deadLetterTargetArn\":\"" + queueArn("signed-dead-letters") + "\",\"maxReceiveCount\":\"1\"}",
                "VisibilityTimeout", "0")));
        aws.sns().publish(b -> b.topicArn(topic).message(MESSAGE));

        assertThat(aws.sqs().receiveMessage(b -> b.queueUrl(queue)).messages()).hasSize(1);
        assertThat(aws.sqs().receiveMessage(b -> b.queueUrl(queue)).messages()).isEmpty();

        assertSignatureVerifies(receiveOne(deadLetters));
    }

    private static String subscribedQueue(String topic, String queue) {
        String url = aws.sqs().createQueue(b -> b.queueName(queue)).queueUrl();
        aws.sns().subscribe(b -> b.topicArn(topic).protocol("sqs").endpoint(queueArn(queue)));
        return url;
    }

    private static JsonNode receiveOne(String queueUrl) {
        List<Message> messages = aws.sqs().receiveMessage(b -> b.queueUrl(queueUrl).maxNumberOfMessages(10)).messages();
        assertThat(messages).hasSize(1);
        try {
            return JSON.readTree(messages.get(0).body());
        } catch (java.io.IOException e) {
            throw new AssertionError("not JSON: " + messages.get(0).body(), e);
        }
    }
}
