package dev.awsemulator.server.config;

import dev.awsemulator.core.Emulator;
import dev.awsemulator.server.EmulatorServer;
import dev.awsemulator.server.testsupport.EmulatorServerExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.kinesis.model.Consumer;
import software.amazon.awssdk.services.sns.model.MessageAttributeValue;
import software.amazon.awssdk.services.sns.model.Subscription;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static dev.awsemulator.server.testsupport.EmulatorServerExtension.queueArn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A config file's resources, as SDK v2 clients find them on a server started with it. */
class ConfigFileTest {

    private static final EmulatorConfig CONFIG = EmulatorServer.configReader().readResourceOrFile("config/full-config.yaml",
            ConfigFileTest.class.getClassLoader());

    @RegisterExtension
    static final EmulatorServerExtension aws = new EmulatorServerExtension(CONFIG);

    @Test
    void queuesHaveTheirAttributesTagsAndDeadLetterQueue() {
        String orders = aws.sqs().getQueueUrl(b -> b.queueName("orders")).queueUrl();
        Map<String, String> attributes = aws.sqs().getQueueAttributes(b -> b.queueUrl(orders)
                .attributeNamesWithStrings("All")).attributesAsStrings();

        assertThat(attributes).containsEntry("VisibilityTimeout", "45")
                .containsEntry("RedrivePolicy", "{\"deadLetterTargetArn\":\"" + queueArn("orders-dlq")
                        + "\",\"maxReceiveCount\":3}");
        assertThat(aws.sqs().listQueueTags(b -> b.queueUrl(orders)).tags()).containsExactly(Map.entry("team", "checkout"));
        String payments = aws.sqs().getQueueUrl(b -> b.queueName("payments.fifo")).queueUrl();
        assertThat(aws.sqs().getQueueAttributes(b -> b.queueUrl(payments).attributeNames(QueueAttributeName.ALL))
                .attributes()).containsEntry(QueueAttributeName.FIFO_QUEUE, "true")
                .containsEntry(QueueAttributeName.CONTENT_BASED_DEDUPLICATION, "true");
    }

    @Test
    void theFilteredRawSubscriptionDeliversOnlyWhatItsPolicyAllows() {
        String topic = aws.sns().listTopics().topics().get(0).topicArn();
        String orders = aws.sqs().getQueueUrl(b -> b.queueName("orders")).queueUrl();

        aws.sns().publish(b -> b.topicArn(topic).message("a blue order").messageAttributes(color("blue")));
        aws.sns().publish(b -> b.topicArn(topic).message("a red order").messageAttributes(color("red")));

        List<Message> received = aws.sqs().receiveMessage(b -> b.queueUrl(orders).maxNumberOfMessages(10)).messages();
        assertThat(received).extracting(Message::body).containsExactly("a red order");
        assertThat(aws.sns().listTagsForResource(b -> b.resourceArn(topic)).tags())
                .singleElement().satisfies(tag -> assertThat(tag.key()).isEqualTo("team"));
    }

    @Test
    void theHttpSubscriptionWaitsForItsConfirmation() {
        String topic = aws.sns().listTopics().topics().get(0).topicArn();

        assertThat(aws.sns().listSubscriptionsByTopic(b -> b.topicArn(topic)).subscriptions())
                .extracting(Subscription::protocol, Subscription::endpoint, Subscription::subscriptionArn)
                .contains(org.assertj.core.groups.Tuple.tuple("http", "http://127.0.0.1:9/order-hook",
                        "PendingConfirmation"));
    }

    @Test
    void streamsHaveTheirShardsAndConsumers() {
        var summary = aws.kinesis().describeStreamSummary(b -> b.streamName("clicks")).streamDescriptionSummary();

        assertThat(summary.openShardCount()).isEqualTo(2);
        assertThat(aws.kinesis().listStreamConsumers(b -> b.streamARN(summary.streamARN())).consumers())
                .extracting(Consumer::consumerName).containsExactly("analytics");
    }

    @Test
    void aResetCreatesTheConfiguredResourcesAgainEmpty() {
        String orders = aws.sqs().getQueueUrl(b -> b.queueName("orders")).queueUrl();
        aws.sqs().sendMessage(b -> b.queueUrl(orders).messageBody("before the reset"));
        aws.sqs().createQueue(b -> b.queueName("not-in-the-config"));

        aws.server().reset();

        assertThat(aws.sqs().listQueues().queueUrls()).extracting(url -> url.substring(url.lastIndexOf('/') + 1))
                .containsExactlyInAnyOrder("orders-dlq", "orders", "payments.fifo");
        assertThat(aws.sqs().getQueueAttributes(b -> b.queueUrl(orders)
                .attributeNames(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES)).attributesAsStrings())
                .containsEntry("ApproximateNumberOfMessages", "0");
    }

    @Test
    void anAttributeTheServiceRefusesFailsTheStartWithAwsMessageAndTheEntry() throws IOException {
        EmulatorConfig bad = EmulatorServer.configReader().parse(new ByteArrayInputStream("""
                queues:
                  - name: fine
                  - name: slow
                    attributes: {VisibilityTimeout: 99999}
                """.getBytes(StandardCharsets.UTF_8)), "bad.yaml");

        try (Emulator emulator = Emulator.builder().build()) {
            assertThatThrownBy(() -> EmulatorServer.builder().port(0).config(bad).emulator(emulator).start())
                    .isInstanceOf(ConfigException.class)
                    .hasMessageStartingWith("queues[1] \"slow\": InvalidAttributeValue: ")
                    .hasMessageContaining("VisibilityTimeout");
        }
    }

    private static Map<String, MessageAttributeValue> color(String color) {
        return Map.of("color", MessageAttributeValue.builder().dataType("String").stringValue(color).build());
    }
}
