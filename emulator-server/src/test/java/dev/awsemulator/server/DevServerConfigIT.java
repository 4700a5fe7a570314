package dev.awsemulator.server;

import dev.awsemulator.server.testsupport.DevServerProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.kinesis.KinesisClient;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sns.model.MessageAttributeValue;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The jar started with {@code --config}: the README's example file, and files it refuses. */
class DevServerConfigIT {

    @Test
    void theConfiguredResourcesExistAndTheFilteredSubscriptionDelivers() throws Exception {
        Path config = Path.of(DevServerConfigIT.class.getResource("/config/full-config.yaml").toURI());
        try (DevServerProcess server = DevServerProcess.start("--config", config.toString());
             SqsClient sqs = DevServerIT.sqs(server.endpoint());
             SnsClient sns = SnsClient.builder().endpointOverride(server.endpoint()).region(Region.US_EAST_1)
                     .credentialsProvider(credentials()).build();
             KinesisClient kinesis = KinesisClient.builder().endpointOverride(server.endpoint())
                     .region(Region.US_EAST_1).credentialsProvider(credentials()).build()) {
            String orders = sqs.getQueueUrl(b -> b.queueName("orders")).queueUrl();
            assertThat(sqs.getQueueAttributes(b -> b.queueUrl(orders).attributeNames(QueueAttributeName.REDRIVE_POLICY))
                    .attributesAsStrings().get("RedrivePolicy")).contains(":orders-dlq", "\"maxReceiveCount\":3");
            String topic = sns.listTopics().topics().get(0).topicArn();

            sns.publish(b -> b.topicArn(topic).message("blue").messageAttributes(color("blue")));
            sns.publish(b -> b.topicArn(topic).message("red").messageAttributes(color("red")));

            assertThat(sqs.receiveMessage(b -> b.queueUrl(orders).maxNumberOfMessages(10)).messages())
                    .extracting(Message::body).containsExactly("red");
            assertThat(kinesis.describeStreamSummary(b -> b.streamName("clicks")).streamDescriptionSummary()
                    .openShardCount()).isEqualTo(2);
        }
    }

    @Test
    void aConfigTheServicesRefuseExitsWithCodeTwoBeforeListening(@TempDir Path dir) throws Exception {
        Path config = Files.writeString(dir.resolve("emulator.yaml"), """
                queues:
                  - name: fine
                  - name: slow
                    attributes:
                      VisibilityTimeout: 99999
                """);

        DevServerProcess.Finished finished = DevServerProcess.run("--port", "0", "--config", config.toString());

        assertThat(finished.exitCode()).isEqualTo(2);
        assertThat(finished.output()).startsWith("emulator: config file " + config + ": queues[1] \"slow\": "
                + "InvalidAttributeValue: ").doesNotContain("listening on");
    }

    @Test
    void aConfigWithAnUnknownKeyExitsWithCodeTwo(@TempDir Path dir) throws Exception {
        Path config = Files.writeString(dir.resolve("emulator.json"), "{\"queues\": [{\"name\": \"a\", \"fifo\": true}]}");

        DevServerProcess.Finished finished = DevServerProcess.run("--port", "0", "--config", config.toString());

        assertThat(finished.exitCode()).isEqualTo(2);
        assertThat(finished.output()).contains("queues[0]: unknown key \"fifo\"");
    }

    private static Map<String, MessageAttributeValue> color(String color) {
        return Map.of("color", MessageAttributeValue.builder().dataType("String").stringValue(color).build());
    }

    private static StaticCredentialsProvider credentials() {
        return StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test"));
    }
}
