package dev.awsemulator.server.sns;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.awsemulator.core.sns.Delivery;
import dev.awsemulator.core.sns.PublishedMessage;
import dev.awsemulator.server.testsupport.EmulatorServerExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.sns.model.InvalidParameterException;
import software.amazon.awssdk.services.sns.model.MessageAttributeValue;
import software.amazon.awssdk.services.sns.model.PublishBatchRequestEntry;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;

import java.util.List;
import java.util.Map;

import static dev.awsemulator.server.testsupport.EmulatorServerExtension.queueArn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Publishing to topics and fanning out to SQS queues, through the SDK v2 SNS and SQS clients. */
class SnsFanoutTest {

    @RegisterExtension
    static final EmulatorServerExtension aws = new EmulatorServerExtension();

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void notificationEnvelopeHasAwsFieldsAndAttributes() throws Exception {
        String topic = topic("orders");
        String queue = subscribedQueue(topic, "all-orders", Map.of());

        String messageId = aws.sns().publish(b -> b.topicArn(topic).message("order 1").subject("New order")
                .messageAttributes(Map.of("amount", number("1200"),
                        "blob", MessageAttributeValue.builder().dataType("Binary")
                                .binaryValue(SdkBytes.fromByteArray(new byte[] {1, 2, 3})).build()))).messageId();

        JsonNode envelope = JSON.readTree(single(queue).body());
        assertThat(envelope.get("Type").asText()).isEqualTo("Notification");
        assertThat(envelope.get("MessageId").asText()).isEqualTo(messageId);
        assertThat(envelope.get("TopicArn").asText()).isEqualTo(topic);
        assertThat(envelope.get("Subject").asText()).isEqualTo("New order");
        assertThat(envelope.get("Message").asText()).isEqualTo("order 1");
        assertThat(envelope.get("Timestamp").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");
        assertThat(envelope.get("SignatureVersion").asText()).isEqualTo("1");
        assertThat(envelope.get("Signature").asText()).isNotBlank();
        assertThat(envelope.get("SigningCertURL").asText()).startsWith(aws.endpoint() + "/_aws/sns/").endsWith(".pem");
        assertThat(envelope.get("UnsubscribeURL").asText()).startsWith(aws.endpoint() + "/?Action=Unsubscribe");
        assertThat(envelope.get("MessageAttributes").get("amount").get("Type").asText()).isEqualTo("Number");
        assertThat(envelope.get("MessageAttributes").get("amount").get("Value").asText()).isEqualTo("1200");
        assertThat(envelope.get("MessageAttributes").get("blob").get("Value").asText()).isEqualTo("AQID");
    }

    @Test
    void rawDeliveryPassesTheMessageAndAttributesThroughToSqs() {
        String topic = topic("raw");
        String queue = subscribedQueue(topic, "raw-queue", Map.of("RawMessageDelivery", "true"));

        aws.sns().publish(b -> b.topicArn(topic).message("just the body")
                .messageAttributes(Map.of("kind", string("order"))));

        Message message = single(queue);
        assertThat(message.body()).isEqualTo("just the body");
        assertThat(message.messageAttributes().get("kind").stringValue()).isEqualTo("order");
        assertThat(message.messageAttributes().get("kind").dataType()).isEqualTo("String");
    }

    @Test
    void messageStructureJsonSendsEachProtocolItsOwnText() throws Exception {
        String topic = topic("structured");
        String queue = subscribedQueue(topic, "structured-queue", Map.of());

        aws.sns().publish(b -> b.topicArn(topic).messageStructure("json")
                .message("{\"default\":\"for everyone\",\"sqs\":\"for queues\"}"));

        assertThat(JSON.readTree(single(queue).body()).get("Message").asText()).isEqualTo("for queues");
        assertThatThrownBy(() -> aws.sns().publish(b -> b.topicArn(topic).messageStructure("json")
                .message("{\"sqs\":\"no default\"}")))
                .isInstanceOf(InvalidParameterException.class)
                .hasMessageContaining("Invalid parameter: Message Structure - No default entry in JSON message body");
    }

    @Test
    void publishValidationErrorsDeliverNothing() {
        String topic = topic("strict");
        String queue = subscribedQueue(topic, "strict-queue", Map.of("RawMessageDelivery", "true"));

        assertThatThrownBy(() -> aws.sns().publish(b -> b.topicArn(topic).message("")))
                .isInstanceOf(InvalidParameterException.class).hasMessageContaining("Invalid parameter: Empty message");
        assertThatThrownBy(() -> aws.sns().publish(b -> b.topicArn(topic).message("x".repeat(262_145))))
                .isInstanceOf(InvalidParameterException.class).hasMessageContaining("Invalid parameter: Message too long");
        assertThatThrownBy(() -> aws.sns().publish(b -> b.message("no target")))
                .isInstanceOf(InvalidParameterException.class);

        assertThat(aws.sqs().receiveMessage(b -> b.queueUrl(queue)).messages()).isEmpty();
        assertThat(aws.server().emulator().sns().publishedMessages()).isEmpty();
    }

    @Test
    void publishBatchReportsEachEntry() {
        String topic = topic("batched");
        String queue = subscribedQueue(topic, "batched-queue", Map.of("RawMessageDelivery", "true"));

        var result = aws.sns().publishBatch(b -> b.topicArn(topic).publishBatchRequestEntries(
                PublishBatchRequestEntry.builder().id("ok").message("first").build(),
                PublishBatchRequestEntry.builder().id("empty").message("").build()));

        assertThat(result.successful()).singleElement().satisfies(entry -> assertThat(entry.id()).isEqualTo("ok"));
        assertThat(result.failed()).singleElement().satisfies(entry -> {
            assertThat(entry.id()).isEqualTo("empty");
            assertThat(entry.code()).isEqualTo("InvalidParameter");
            assertThat(entry.senderFault()).isTrue();
        });
        assertThat(single(queue).body()).isEqualTo("first");
    }

    @Test
    void fifoTopicDeliversTheSameOrderToEveryFifoQueue() {
        String topic = aws.sns().createTopic(b -> b.name("ledger.fifo").attributes(Map.of("FifoTopic", "true",
                "ContentBasedDeduplication", "true"))).topicArn();
        List<String> queues = List.of("east.fifo", "west.fifo").stream().map(name -> {
            String url = aws.sqs().createQueue(b -> b.queueName(name).attributesWithStrings(Map.of("FifoQueue", "true")))
                    .queueUrl();
            aws.sns().subscribe(b -> b.topicArn(topic).protocol("sqs").endpoint(queueArn(name))
                    .attributes(Map.of("RawMessageDelivery", "true")));
            return url;
        }).toList();

        for (int i = 0; i < 20; i++) {
            String body = "entry-" + i;
            aws.sns().publish(b -> b.topicArn(topic).message(body).messageGroupId("account-" + (body.hashCode() % 3)));
        }
        var duplicate = aws.sns().publish(b -> b.topicArn(topic).message("entry-0").messageGroupId("account-x"));

        assertThat(duplicate.sequenceNumber()).isNotNull();
        List<String> east = drainFifo(queues.get(0));
        assertThat(east).hasSize(20);
        assertThat(drainFifo(queues.get(1))).isEqualTo(east);
    }

    @Test
    void fifoAndStandardDoNotMix() {
        String standard = topic("standard");
        aws.sqs().createQueue(b -> b.queueName("only.fifo").attributesWithStrings(Map.of("FifoQueue", "true")));

        assertThatThrownBy(() -> aws.sns().subscribe(b -> b.topicArn(standard).protocol("sqs")
                .endpoint(queueArn("only.fifo")))).isInstanceOf(InvalidParameterException.class);
        assertThat(aws.sns().listSubscriptions().subscriptions()).isEmpty();
    }

    @Test
    void deliveryToAMissingQueueFailsAndIsRedrivenToTheDeadLetterQueue() {
        String topic = topic("lossy");
        String deadLetters = aws.sqs().createQueue(b -> b.queueName("sns-dlq")).queueUrl();
        aws.sns().subscribe(b -> b.topicArn(topic).protocol("sqs").endpoint(queueArn("never-created"))
                .attributes(Map.of("RawMessageDelivery", "true",
                        "RedrivePolicy", "{\"deadLetterTargetArn\":\"" + queueArn("sns-dlq") + "\"}")));

        aws.sns().publish(b -> b.topicArn(topic).message("lost?"));

        assertThat(single(deadLetters).body()).isEqualTo("lost?");
        PublishedMessage published = aws.server().emulator().sns().publishedMessages().get(0);
        assertThat(published.deliveries()).singleElement().satisfies(delivery -> {
            assertThat(delivery.status()).isEqualTo(Delivery.Status.REDRIVEN);
            assertThat(delivery.reason()).contains("QueueDoesNotExist");
        });
    }

    @Test
    void subscriptionsAreListedAndTheirAttributesReadAndSet() {
        String topic = topic("subscribed");
        aws.sqs().createQueue(b -> b.queueName("sub-queue"));
        String arn = aws.sns().subscribe(b -> b.topicArn(topic).protocol("sqs").endpoint(queueArn("sub-queue")))
                .subscriptionArn();

        aws.sns().setSubscriptionAttributes(b -> b.subscriptionArn(arn).attributeName("RawMessageDelivery")
                .attributeValue("true"));

        assertThat(aws.sns().getSubscriptionAttributes(b -> b.subscriptionArn(arn)).attributes())
                .containsEntry("RawMessageDelivery", "true").containsEntry("Protocol", "sqs")
                .containsEntry("PendingConfirmation", "false").containsEntry("TopicArn", topic);
        assertThat(aws.sns().listSubscriptionsByTopic(b -> b.topicArn(topic)).subscriptions())
                .singleElement().satisfies(s -> assertThat(s.subscriptionArn()).isEqualTo(arn));
        assertThatThrownBy(() -> aws.sns().setSubscriptionAttributes(b -> b.subscriptionArn(arn)
                .attributeName("Colour").attributeValue("x"))).isInstanceOf(InvalidParameterException.class);

        aws.sns().unsubscribe(b -> b.subscriptionArn(arn));

        assertThat(aws.sns().listSubscriptions().subscriptions()).isEmpty();
    }

    private static String topic(String name) {
        return aws.sns().createTopic(b -> b.name(name)).topicArn();
    }

    private static String subscribedQueue(String topic, String queue, Map<String, String> attributes) {
        String url = aws.sqs().createQueue(b -> b.queueName(queue)).queueUrl();
        aws.sns().subscribe(b -> b.topicArn(topic).protocol("sqs").endpoint(queueArn(queue)).attributes(attributes));
        return url;
    }

    private static Message single(String queueUrl) {
        List<Message> messages = aws.sqs().receiveMessage(b -> b.queueUrl(queueUrl).maxNumberOfMessages(10)
                .messageAttributeNames("All")).messages();
        assertThat(messages).hasSize(1);
        return messages.get(0);
    }

    private static List<String> drainFifo(String queueUrl) {
        List<String> bodies = new java.util.ArrayList<>();
        while (true) {
            List<Message> messages = aws.sqs().receiveMessage(b -> b.queueUrl(queueUrl).maxNumberOfMessages(10)
                    .messageSystemAttributeNames(MessageSystemAttributeName.SEQUENCE_NUMBER)).messages();
            if (messages.isEmpty()) {
                return bodies;
            }
            for (Message message : messages) {
                bodies.add(message.body());
                aws.sqs().deleteMessage(b -> b.queueUrl(queueUrl).receiptHandle(message.receiptHandle()));
            }
        }
    }

    static MessageAttributeValue string(String value) {
        return MessageAttributeValue.builder().dataType("String").stringValue(value).build();
    }

    static MessageAttributeValue number(String value) {
        return MessageAttributeValue.builder().dataType("Number").stringValue(value).build();
    }
}
