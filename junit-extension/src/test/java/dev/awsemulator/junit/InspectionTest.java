package dev.awsemulator.junit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sns.model.MessageAttributeValue;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.QueueDoesNotExistException;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What inspect() shows: SNS decisions per subscription, queue contents, the request journal. */
class InspectionTest {

    // filtered {
    @RegisterExtension
    static final AwsEmulatorExtension aws = AwsEmulatorExtension.builder()
            .account("123456789012")
            .region("eu-west-1")
            .topic("orders")
            .queue("red-orders")
            .subscribe("orders", "red-orders", "{\"color\": [\"red\"]}")
            .build();

    @Test
    void aFilteredOutDeliveryNamesTheRuleThatRejectedIt(SnsClient sns) {
        sns.publish(b -> b.topicArn(aws.topicArn("orders")).message("a blue order")
                .messageAttributes(Map.of("color", stringAttribute("blue"))));

        assertThat(aws.inspect().publishedTo("orders")).singleElement().satisfies(published ->
                assertThat(published.deliveries()).singleElement().satisfies(delivery -> {
                    assertThat(delivery.status()).isEqualTo(Delivery.Status.FILTERED_OUT);
                    assertThat(delivery.reason()).contains("color");
                }));
        assertThat(aws.inspect().queue("red-orders")).isEmpty();
    }
    // }

    @Test
    void queueContentsAreReadWithoutChangingVisibility(SnsClient sns, SqsClient sqs) {
        sns.publish(b -> b.topicArn(aws.topicArn("orders")).message("a red order")
                .messageAttributes(Map.of("color", stringAttribute("red"))));

        assertThat(aws.inspect().publishedMessages()).singleElement().satisfies(published ->
                assertThat(published.deliveries()).extracting(Delivery::status).containsExactly(Delivery.Status.DELIVERED));
        assertThat(aws.inspect().queue("red-orders")).singleElement().satisfies(message -> {
            assertThat(message.body()).contains("a red order");
            assertThat(message.state()).isEqualTo(QueuedMessage.State.VISIBLE);
            assertThat(message.receiveCount()).isZero();
        });
        assertThat(sqs.receiveMessage(b -> b.queueUrl(aws.queueUrl("red-orders"))).messages()).hasSize(1);
    }

    @Test
    void theJournalRecordsOperationProtocolStatusAndErrorCode(SqsClient sqs) {
        assertThatThrownBy(() -> sqs.getQueueUrl(b -> b.queueName("missing")))
                .isInstanceOf(QueueDoesNotExistException.class);

        assertThat(aws.inspect().requests()).containsExactly(
                new AnsweredRequest("sqs", "GetQueueUrl", "json", 400, "QueueDoesNotExist", false, "123456789012",
                        null));
    }

    @Test
    void accountAndRegionShapeUrlsAndArns() {
        assertThat(aws.queueUrl("red-orders")).endsWith("/123456789012/red-orders");
        assertThat(aws.topicArn("orders")).isEqualTo("arn:aws:sns:eu-west-1:123456789012:orders");
    }

    private static MessageAttributeValue stringAttribute(String value) {
        return MessageAttributeValue.builder().dataType("String").stringValue(value).build();
    }
}
