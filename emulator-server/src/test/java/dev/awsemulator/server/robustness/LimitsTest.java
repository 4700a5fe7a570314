package dev.awsemulator.server.robustness;

import dev.awsemulator.core.kinesis.KinesisOptions;
import dev.awsemulator.core.sns.SnsOptions;
import dev.awsemulator.server.testsupport.EmulatorServerExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.kinesis.KinesisClient;
import software.amazon.awssdk.services.kinesis.model.LimitExceededException;
import software.amazon.awssdk.services.kinesis.model.ScalingType;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sns.model.TopicLimitExceededException;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Account quotas answer with AWS's errors and leave state alone; nesting beyond any shape is refused. */
class LimitsTest {

    @RegisterExtension
    static final EmulatorServerExtension server = EmulatorServerExtension.withEmulator(emulator -> emulator
            .snsOptions(new SnsOptions(3, 1)).kinesisOptions(KinesisOptions.DEFAULTS.withShardLimit(4)));
    private final SnsClient sns = server.sns();
    private final KinesisClient kinesis = server.kinesis();

    @Test
    void topicsBeyondTheAccountQuotaAreRefusedWithTopicLimitExceeded() {
        for (String name : new String[] {"a", "b", "c"}) {
            sns.createTopic(b -> b.name(name));
        }

        assertThatThrownBy(() -> sns.createTopic(b -> b.name("d")))
                .isInstanceOfSatisfying(TopicLimitExceededException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(403);
                    assertThat(e.awsErrorDetails().errorCode()).isEqualTo("TopicLimitExceeded");
                });
        assertThat(sns.createTopic(b -> b.name("a")).topicArn()).as("creating an existing topic is no new topic")
                .endsWith(":a");
        sns.createTopic(b -> b.name("e.fifo").attributes(Map.of("FifoTopic", "true")));
        assertThatThrownBy(() -> sns.createTopic(b -> b.name("f.fifo").attributes(Map.of("FifoTopic", "true"))))
                .isInstanceOf(TopicLimitExceededException.class);
        assertThat(sns.listTopics().topics()).hasSize(4);
    }

    @Test
    void shardsBeyondTheAccountQuotaAreRefusedWithLimitExceeded() {
        kinesis.createStream(b -> b.streamName("three").shardCount(3));

        assertThatThrownBy(() -> kinesis.createStream(b -> b.streamName("two").shardCount(2)))
                .isInstanceOfSatisfying(LimitExceededException.class,
                        e -> assertThat(e.getMessage()).contains("Current limit of shards is 4"));
        assertThatThrownBy(() -> kinesis.updateShardCount(b -> b.streamName("three").targetShardCount(6)
                .scalingType(ScalingType.UNIFORM_SCALING))).isInstanceOf(LimitExceededException.class);
        assertThat(kinesis.listStreams().streamNames()).containsExactly("three");
        assertThat(kinesis.describeLimits().shardLimit()).isEqualTo(4);
        assertThat(kinesis.describeLimits().openShardCount()).isEqualTo(3);
    }

    @Test
    void aStreamTakesAtMostTwentyConsumers() {
        kinesis.createStream(b -> b.streamName("fanned").shardCount(1));
        String arn = kinesis.describeStreamSummary(b -> b.streamName("fanned")).streamDescriptionSummary().streamARN();
        for (int i = 0; i < 20; i++) {
            String name = "consumer-" + i;
            kinesis.registerStreamConsumer(b -> b.streamARN(arn).consumerName(name));
        }

        assertThatThrownBy(() -> kinesis.registerStreamConsumer(b -> b.streamARN(arn).consumerName("one-too-many")))
                .isInstanceOf(LimitExceededException.class);
        assertThat(kinesis.listStreamConsumers(b -> b.streamARN(arn)).consumers()).hasSize(20);
    }

    @Test
    void jsonNestedDeeperThanAnyShapeIsASerializationError() throws Exception {
        String deep = "{\"QueueName\":\"deep\",\"Attributes\":" + "[".repeat(1_000) + "]".repeat(1_000) + "}";

        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(server.endpoint())
                .header("X-Amz-Target", "AmazonSQS.CreateQueue")
                .header("Content-Type", "application/x-amz-json-1.0")
                .POST(HttpRequest.BodyPublishers.ofString(deep)).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("x-amzn-ErrorType")).hasValue("SerializationException");
        assertThat(server.server().emulator().sqs().peek("arn:aws:sqs:us-east-1:000000000000:deep")).isEmpty();
    }
}
