package dev.awsemulator.junit;

import dev.awsemulator.junit.testsupport.FixtureRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.kinesis.KinesisClient;
import software.amazon.awssdk.services.kinesis.model.Consumer;
import software.amazon.awssdk.services.kinesis.model.StreamMode;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Declarations are read, checked and created as a config file is: any section, references into the file. */
class DeclaredResourcesTest {

    @RegisterExtension
    static final AwsEmulatorExtension aws = AwsEmulatorExtension.builder()
            .config("emulator-test.yaml")
            .queue("all-orders")
            .subscribe("orders", "all-orders")
            .resource("streams", Map.of("name", "clicks", "mode", "ON_DEMAND", "consumers", List.of("audit")))
            .build();

    @Test
    void aDeclaredSubscriptionNamesATopicOfTheConfigFile(SnsClient sns, SqsClient sqs) {
        sns.publish(b -> b.topicArn(aws.topicArn("orders")).message("a blue order"));

        assertThat(sqs.receiveMessage(b -> b.queueUrl(aws.queueUrl("all-orders"))).messages())
                .extracting(Message::body).singleElement().asString().contains("a blue order");
    }

    @Test
    void anySectionOfTheConfigFileCanBeDeclaredInItsWords(KinesisClient kinesis) {
        var summary = kinesis.describeStreamSummary(b -> b.streamName("clicks")).streamDescriptionSummary();

        assertThat(summary.streamModeDetails().streamMode()).isEqualTo(StreamMode.ON_DEMAND);
        assertThat(kinesis.listStreamConsumers(b -> b.streamARN(summary.streamARN())).consumers())
                .extracting(Consumer::consumerName).containsExactly("audit");
    }

    @Test
    void aReferenceToNothingDeclaredFailsTheClassBeforeAnythingStarts() {
        FixtureRun run = FixtureRun.of(SubscribesToAGhost.class);

        assertThat(run.failures()).singleElement().asString().contains("declared resources:",
                "subscriptions[0]: queue \"ghost\" is not a queue of the declared resources or the config file");
    }

    @Test
    void aDeclarationTheServiceRefusesFailsTheClassNamingIt() {
        FixtureRun run = FixtureRun.of(RefusedQueue.class);

        assertThat(run.failures()).singleElement().asString().contains(
                "A declared resource is invalid: queues[0] \"slow\": InvalidAttributeValue: ", "VisibilityTimeout");
    }

    static class SubscribesToAGhost {
        @RegisterExtension
        static final AwsEmulatorExtension aws = AwsEmulatorExtension.builder().topic("orders")
                .subscribe("orders", "ghost").build();

        @Test
        void neverRuns() {
        }
    }

    static class RefusedQueue {
        @RegisterExtension
        static final AwsEmulatorExtension aws = AwsEmulatorExtension.builder()
                .queue("slow", Map.of("VisibilityTimeout", "99999")).build();

        @Test
        void neverRuns() {
        }
    }
}
