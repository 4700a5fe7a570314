package dev.awsemulator.core.sqs;

import dev.awsemulator.core.sqs.api.GetQueueAttributesRequest;
import dev.awsemulator.core.testsupport.SqsFixture;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static dev.awsemulator.core.testsupport.SqsFixture.CALLER;
import static dev.awsemulator.core.testsupport.SqsFixture.arnOf;
import static dev.awsemulator.core.testsupport.SqsFixture.assertAwsError;
import static org.assertj.core.api.Assertions.assertThat;

class QueueAttributesTest {

    private final SqsFixture sqs = new SqsFixture();
    private final String queue = sqs.createQueue("attributes");

    @Test
    void standardQueueHasAwsDefaults() {
        Map<String, String> all = sqs.allAttributes(queue);

        assertThat(all)
                .containsEntry("QueueArn", arnOf("attributes"))
                .containsEntry("VisibilityTimeout", "30")
                .containsEntry("MaximumMessageSize", "1048576")
                .containsEntry("MessageRetentionPeriod", "345600")
                .containsEntry("DelaySeconds", "0")
                .containsEntry("ReceiveMessageWaitTimeSeconds", "0")
                .containsEntry("SqsManagedSseEnabled", "true")
                .containsEntry("ApproximateNumberOfMessages", "0")
                .containsEntry("ApproximateNumberOfMessagesNotVisible", "0")
                .containsEntry("ApproximateNumberOfMessagesDelayed", "0")
                .containsEntry("CreatedTimestamp", Long.toString(sqs.clock.now().getEpochSecond()))
                .containsEntry("LastModifiedTimestamp", Long.toString(sqs.clock.now().getEpochSecond()))
                .doesNotContainKeys("FifoQueue", "ContentBasedDeduplication", "RedrivePolicy", "Policy");
    }

    @Test
    void fifoQueueAddsItsOwnDefaults() {
        String fifo = sqs.createFifoQueue("attributes.fifo");

        assertThat(sqs.allAttributes(fifo))
                .containsEntry("FifoQueue", "true")
                .containsEntry("ContentBasedDeduplication", "false")
                .containsEntry("DeduplicationScope", "queue")
                .containsEntry("FifoThroughputLimit", "perQueue");
    }

    @Test
    void getReturnsOnlyTheRequestedAttributes() {
        Map<String, String> read = sqs.sqs.getQueueAttributes(CALLER,
                new GetQueueAttributesRequest(queue, List.of("VisibilityTimeout", "DelaySeconds"))).attributes();

        assertThat(read).containsOnlyKeys("VisibilityTimeout", "DelaySeconds");
    }

    @Test
    void setQueueAttributesChangesValuesAndLastModified() {
        sqs.advanceSeconds(100);

        sqs.setAttributes(queue, "VisibilityTimeout", "45", "DelaySeconds", "3");

        assertThat(sqs.allAttributes(queue))
                .containsEntry("VisibilityTimeout", "45")
                .containsEntry("DelaySeconds", "3")
                .containsEntry("LastModifiedTimestamp", Long.toString(sqs.clock.now().getEpochSecond()));
    }

    @Test
    void outOfRangeValueIsInvalidAttributeValueAndChangesNothing() {
        assertAwsError(() -> sqs.setAttributes(queue, "DelaySeconds", "5", "VisibilityTimeout", "43201"),
                SqsError.INVALID_ATTRIBUTE_VALUE, "Invalid value for the parameter VisibilityTimeout.");

        assertThat(sqs.attribute(queue, "DelaySeconds")).isEqualTo("0");
        assertThat(sqs.attribute(queue, "VisibilityTimeout")).isEqualTo("30");
    }

    @Test
    void everyNumericAttributeIsRangeChecked() {
        Map<String, List<String>> invalid = Map.of(
                "DelaySeconds", List.of("-1", "901"),
                "MaximumMessageSize", List.of("1023", "1048577"),
                "MessageRetentionPeriod", List.of("59", "1209601"),
                "ReceiveMessageWaitTimeSeconds", List.of("21"),
                "VisibilityTimeout", List.of("-1", "abc"));

        invalid.forEach((name, values) -> values.forEach(value ->
                assertAwsError(() -> sqs.setAttributes(queue, name, value), SqsError.INVALID_ATTRIBUTE_VALUE,
                        "Invalid value for the parameter " + name + ".")));
        assertThat(sqs.allAttributes(queue)).containsEntry("MaximumMessageSize", "1048576")
                .containsEntry("MessageRetentionPeriod", "345600");
    }

    @Test
    void unknownAttributeNameIsRejected() {
        assertAwsError(() -> sqs.setAttributes(queue, "Colour", "blue"), SqsError.INVALID_ATTRIBUTE_NAME,
                "Unknown Attribute Colour.");
        assertAwsError(() -> sqs.attribute(queue, "Colour"), SqsError.INVALID_ATTRIBUTE_NAME,
                "Unknown Attribute Colour.");
        assertThat(sqs.allAttributes(queue)).doesNotContainKey("Colour");
    }

    @Test
    void readOnlyAttributesCannotBeSet() {
        assertAwsError(() -> sqs.setAttributes(queue, "QueueArn", "arn:aws:sqs:us-east-1:000000000000:other"),
                SqsError.INVALID_ATTRIBUTE_NAME, "Unknown Attribute QueueArn.");
        assertThat(sqs.attribute(queue, "QueueArn")).isEqualTo(arnOf("attributes"));
    }

    @Test
    void fifoOnlyAttributesAreRejectedOnStandardQueues() {
        assertAwsError(() -> sqs.setAttributes(queue, "FifoQueue", "true"), SqsError.INVALID_ATTRIBUTE_NAME,
                "Unknown Attribute FifoQueue.");
        assertAwsError(() -> sqs.setAttributes(queue, "DeduplicationScope", "queue"), SqsError.INVALID_ATTRIBUTE_NAME,
                "You can specify the DeduplicationScope only when FifoQueue is set to true.");
        assertAwsError(() -> sqs.setAttributes(queue, "ContentBasedDeduplication", "true"),
                SqsError.INVALID_ATTRIBUTE_NAME, "Unknown Attribute ContentBasedDeduplication.");
        assertThat(sqs.allAttributes(queue)).doesNotContainKeys("FifoQueue", "DeduplicationScope",
                "ContentBasedDeduplication");
    }

    @Test
    void queueTypeCannotBeChanged() {
        String fifo = sqs.createFifoQueue("typed.fifo");

        assertAwsError(() -> sqs.setAttributes(fifo, "FifoQueue", "false"), SqsError.INVALID_ATTRIBUTE_VALUE,
                "Invalid value for the parameter FifoQueue. Reason: Modifying queue type is not supported.");
        assertThat(sqs.attribute(fifo, "FifoQueue")).isEqualTo("true");
    }

    @Test
    void fifoQueueMayNameItsOwnType() {
        String fifo = sqs.createFifoQueue("typed.fifo");

        sqs.setAttributes(fifo, "FifoQueue", "true");

        assertThat(sqs.attribute(fifo, "FifoQueue")).isEqualTo("true");
    }

    @Test
    void policyMustBeAJsonObject() {
        assertAwsError(() -> sqs.setAttributes(queue, "Policy", "not json"), SqsError.INVALID_ATTRIBUTE_VALUE);
        assertThat(sqs.attribute(queue, "Policy")).isNull();
    }

    @Test
    void maximumMessageSizeIsEnforcedOnSend() {
        sqs.setAttributes(queue, "MaximumMessageSize", "1024");

        assertAwsError(() -> sqs.send(queue, "x".repeat(1025)), SqsError.INVALID_PARAMETER_VALUE,
                "One or more parameters are invalid. Reason: Message must be shorter than 1024 bytes.");
        sqs.send(queue, "x".repeat(1024));
        assertThat(sqs.counts(queue).visible()).isEqualTo(1);
    }
}
