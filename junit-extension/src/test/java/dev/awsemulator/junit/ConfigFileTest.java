package dev.awsemulator.junit;

import dev.awsemulator.junit.testsupport.FixtureRun;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sns.model.MessageAttributeValue;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The dev server's config file in tests: created at start and again, empty, after each reset. */
@AwsEmulatorTest(config = "emulator-test.yaml")
class ConfigFileTest {

    @RepeatedTest(2)
    void theConfiguredSubscriptionFiltersAndEachTestStartsEmpty(SnsClient sns, SqsClient sqs, AwsEmulator aws) {
        sns.publish(b -> b.topicArn(aws.topicArn("orders")).message("blue").messageAttributes(color("blue")));
        sns.publish(b -> b.topicArn(aws.topicArn("orders")).message("red").messageAttributes(color("red")));

        assertThat(sqs.receiveMessage(b -> b.queueUrl(aws.queueUrl("red-orders")).maxNumberOfMessages(10)).messages())
                .extracting(Message::body).containsExactly("red");
    }

    @Test
    void configuredQueuesKeepTheirAttributes(SqsClient sqs, AwsEmulator aws) {
        assertThat(sqs.getQueueAttributes(b -> b.queueUrl(aws.queueUrl("audit.fifo"))
                .attributeNamesWithStrings("All")).attributesAsStrings())
                .containsEntry("FifoQueue", "true").containsEntry("ContentBasedDeduplication", "true");
    }

    @Test
    void aConfigTheServicesRefuseFailsTheClassNamingTheEntry() {
        FixtureRun run = FixtureRun.of(RefusedConfig.class);

        assertThat(run.failures()).singleElement().asString()
                .contains("The config file emulator-refused.yaml is invalid: subscriptions[0] (orders -> red-orders): "
                        + "InvalidParameter: ", "RawMessageDelivery");
    }

    static Map<String, MessageAttributeValue> color(String color) {
        return Map.of("color", MessageAttributeValue.builder().dataType("String").stringValue(color).build());
    }

    /** The builder takes a config file too; SNS refuses this one's subscription attribute. */
    static class RefusedConfig {
        @RegisterExtension
        static final AwsEmulatorExtension aws = AwsEmulatorExtension.builder()
                .config("emulator-refused.yaml")
                .build();

        @Test
        void neverRuns() {
        }
    }
}
