package dev.awsemulator.core.sqs;

import dev.awsemulator.core.sqs.api.ListDeadLetterSourceQueuesRequest;
import dev.awsemulator.core.sqs.api.ListDeadLetterSourceQueuesResult;
import dev.awsemulator.core.sqs.api.Message;
import dev.awsemulator.core.testsupport.SqsFixture;
import dev.awsemulator.core.testsupport.SqsFixture.Counts;
import org.junit.jupiter.api.Test;

import static dev.awsemulator.core.testsupport.SqsFixture.CALLER;
import static dev.awsemulator.core.testsupport.SqsFixture.URL_PREFIX;
import static dev.awsemulator.core.testsupport.SqsFixture.arnOf;
import static dev.awsemulator.core.testsupport.SqsFixture.assertAwsError;
import static org.assertj.core.api.Assertions.assertThat;

class DeadLetterQueueTest {

    private final SqsFixture sqs = new SqsFixture();
    private final String dlq = sqs.createQueue("dlq");

    static String redrive(String deadLetterQueueName, Object maxReceiveCount) {
        return "{\"deadLetterTargetArn\":\"" + arnOf(deadLetterQueueName) + "\",\"maxReceiveCount\":"
                + maxReceiveCount + "}";
    }

    private String sourceWithRedrive(int maxReceiveCount) {
        return sqs.createQueue("source", "RedrivePolicy", redrive("dlq", maxReceiveCount));
    }

    /** Receives the only message with a zero visibility timeout, so it is visible again at once. */
    private void receiveAndRelease(String queue) {
        assertThat(sqs.receive(queue, 1, 0)).hasSize(1);
    }

    @Test
    void messageMovesToTheDeadLetterQueueAfterMaxReceiveCountReceivesKeepingItsCount() {
        String source = sourceWithRedrive(2);
        String messageId = sqs.send(source, "poison").messageId();
        receiveAndRelease(source);
        receiveAndRelease(source);

        assertThat(sqs.receive(source)).isEmpty();

        assertThat(sqs.counts(source)).isEqualTo(new Counts(0, 0, 0));
        Message dead = sqs.receiveOne(dlq);
        assertThat(dead.messageId()).isEqualTo(messageId);
        assertThat(dead.body()).isEqualTo("poison");
        assertThat(dead.attributes())
                .containsEntry("DeadLetterQueueSourceArn", arnOf("source"))
                .containsEntry("ApproximateReceiveCount", "3");
    }

    @Test
    void messageStaysWhileReceivedAtMostMaxReceiveCountTimes() {
        String source = sourceWithRedrive(3);
        sqs.send(source, "recoverable");
        receiveAndRelease(source);
        receiveAndRelease(source);

        Message third = sqs.receiveOne(source);

        assertThat(third.attributes()).containsEntry("ApproximateReceiveCount", "3");
        assertThat(sqs.counts(dlq)).isEqualTo(new Counts(0, 0, 0));
    }

    @Test
    void fifoMessageMovesToAFifoDeadLetterQueue() {
        String fifoDlq = sqs.createFifoQueue("dlq.fifo");
        String source = sqs.createFifoQueue("source.fifo", "RedrivePolicy", redrive("dlq.fifo", 1));
        sqs.sendFifo(source, "poison", "g", "d");
        receiveAndRelease(source);

        assertThat(sqs.receive(source)).isEmpty();

        Message dead = sqs.receiveOne(fifoDlq);
        assertThat(dead.attributes())
                .containsEntry("MessageGroupId", "g")
                .containsEntry("DeadLetterQueueSourceArn", arnOf("source.fifo"));
    }

    @Test
    void redrivePolicyIsReturnedWithANumericMaxReceiveCount() {
        String source = sqs.createQueue("source", "RedrivePolicy", redrive("dlq", "\"5\""));

        assertThat(sqs.attribute(source, "RedrivePolicy")).isEqualTo(redrive("dlq", 5));
    }

    @Test
    void redrivePolicyToAMissingQueueIsRejected() {
        String policy = redrive("nowhere", 3);

        assertAwsError(() -> sqs.createQueue("source", "RedrivePolicy", policy), SqsError.INVALID_PARAMETER_VALUE,
                "Value " + policy + " for parameter RedrivePolicy is invalid. Reason: Dead letter target does not exist.");
        assertAwsError(() -> sqs.attribute(URL_PREFIX + "source", "QueueArn"), SqsError.QUEUE_DOES_NOT_EXIST);
    }

    @Test
    void redrivePolicyMustTargetTheSameQueueType() {
        String source = sqs.createFifoQueue("source.fifo");

        assertAwsError(() -> sqs.setAttributes(source, "RedrivePolicy", redrive("dlq", 3)),
                SqsError.INVALID_PARAMETER_VALUE, "Value " + redrive("dlq", 3) + " for parameter RedrivePolicy is "
                        + "invalid. Reason: Dead-letter queue must be same type of queue as the source.");
        assertThat(sqs.attribute(source, "RedrivePolicy")).isNull();
    }

    @Test
    void maxReceiveCountMustBeBetweenOneAndOneThousand() {
        String source = sqs.createQueue("source");

        for (int invalid : new int[] {0, 1001}) {
            String policy = redrive("dlq", invalid);
            assertAwsError(() -> sqs.setAttributes(source, "RedrivePolicy", policy), SqsError.INVALID_PARAMETER_VALUE,
                    "Value " + policy + " for parameter RedrivePolicy is invalid. Reason: Invalid value for "
                            + "maxReceiveCount: " + invalid + ", valid values are from 1 to 1000 both inclusive.");
        }
        assertThat(sqs.attribute(source, "RedrivePolicy")).isNull();
        sqs.setAttributes(source, "RedrivePolicy", redrive("dlq", 1000));
        assertThat(sqs.attribute(source, "RedrivePolicy")).isEqualTo(redrive("dlq", 1000));
    }

    @Test
    void redrivePolicyWithoutTargetIsRejected() {
        String source = sqs.createQueue("source");

        assertAwsError(() -> sqs.setAttributes(source, "RedrivePolicy", "{\"maxReceiveCount\":3}"),
                SqsError.INVALID_PARAMETER_VALUE);
        assertThat(sqs.attribute(source, "RedrivePolicy")).isNull();
    }

    @Test
    void denyAllRedriveAllowPolicyRefusesEverySource() {
        sqs.setAttributes(dlq, "RedriveAllowPolicy", "{\"redrivePermission\":\"denyAll\"}");
        String source = sqs.createQueue("source");

        assertAwsError(() -> sqs.setAttributes(source, "RedrivePolicy", redrive("dlq", 3)),
                SqsError.INVALID_PARAMETER_VALUE, "Value " + redrive("dlq", 3) + " for parameter RedrivePolicy is "
                        + "invalid. Reason: Dead letter target does not allow this queue as a source queue.");
        assertThat(sqs.attribute(source, "RedrivePolicy")).isNull();
    }

    @Test
    void byQueueRedriveAllowPolicyAdmitsOnlyListedSources() {
        sqs.setAttributes(dlq, "RedriveAllowPolicy",
                "{\"redrivePermission\":\"byQueue\",\"sourceQueueArns\":[\"" + arnOf("allowed") + "\"]}");

        String allowed = sqs.createQueue("allowed", "RedrivePolicy", redrive("dlq", 3));

        assertThat(sqs.attribute(allowed, "RedrivePolicy")).isEqualTo(redrive("dlq", 3));
        assertAwsError(() -> sqs.createQueue("denied", "RedrivePolicy", redrive("dlq", 3)),
                SqsError.INVALID_PARAMETER_VALUE);
    }

    @Test
    void invalidRedriveAllowPolicyIsInvalidAttributeValue() {
        assertAwsError(() -> sqs.setAttributes(dlq, "RedriveAllowPolicy", "{\"redrivePermission\":\"byQueue\"}"),
                SqsError.INVALID_ATTRIBUTE_VALUE);
        assertAwsError(() -> sqs.setAttributes(dlq, "RedriveAllowPolicy", "{\"redrivePermission\":\"maybe\"}"),
                SqsError.INVALID_ATTRIBUTE_VALUE);
        assertThat(sqs.attribute(dlq, "RedriveAllowPolicy")).isNull();
    }

    @Test
    void listDeadLetterSourceQueuesNamesEveryQueueRedrivingToIt() {
        sqs.createQueue("source-a", "RedrivePolicy", redrive("dlq", 3));
        sqs.createQueue("source-b", "RedrivePolicy", redrive("dlq", 5));
        sqs.createQueue("unrelated");

        ListDeadLetterSourceQueuesResult result = sqs.sqs.listDeadLetterSourceQueues(CALLER,
                new ListDeadLetterSourceQueuesRequest(dlq, null, null));

        assertThat(result.queueUrls()).containsExactly(URL_PREFIX + "source-a", URL_PREFIX + "source-b");
        assertThat(result.nextToken()).isNull();
    }

    @Test
    void removingTheRedrivePolicyStopsDeadLettering() {
        String source = sourceWithRedrive(1);
        sqs.send(source, "survivor");
        receiveAndRelease(source);

        sqs.setAttributes(source, "RedrivePolicy", "");

        assertThat(sqs.receive(source)).hasSize(1);
        assertThat(sqs.counts(dlq)).isEqualTo(new Counts(0, 0, 0));
    }
}
