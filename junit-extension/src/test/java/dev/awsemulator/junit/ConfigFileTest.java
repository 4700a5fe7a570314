package dev.awsemulator.junit;

import dev.awsemulator.junit.testsupport.FixtureRun;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sns.model.MessageAttributeValue;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
    void theResetEndpointRecreatesConfiguredAndDeclaredResources() {
        FixtureRun run = FixtureRun.of(ResetOverHttp.class);

        assertThat(run.failures()).isEmpty();
        assertThat(run.succeeded()).isEqualTo(1);
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

    /** Declarations and a config file, both back after a reset asked for over HTTP, as a dev tool would. */
    static class ResetOverHttp {
        @RegisterExtension
        static final AwsEmulatorExtension aws = AwsEmulatorExtension.builder()
                .config("emulator-test.yaml")
                .queue("declared")
                .build();

        @Test
        void bothComeBackEmpty(SqsClient sqs) throws Exception {
            sqs.sendMessage(b -> b.queueUrl(aws.queueUrl("declared")).messageBody("before"));
            sqs.createQueue(b -> b.queueName("made-by-the-test"));

            int status = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(aws.endpoint() + "/_emulator/reset")).POST(HttpRequest.BodyPublishers.noBody()).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();

            assertThat(status).isEqualTo(200);
            assertThat(aws.inspect().requests()).isEmpty();
            assertThat(sqs.listQueues().queueUrls()).containsExactlyInAnyOrder(aws.queueUrl("red-orders"),
                    aws.queueUrl("audit.fifo"), aws.queueUrl("declared"));
            assertThat(sqs.receiveMessage(b -> b.queueUrl(aws.queueUrl("declared"))).messages()).isEmpty();
        }
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
