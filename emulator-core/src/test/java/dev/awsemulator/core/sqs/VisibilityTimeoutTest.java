package dev.awsemulator.core.sqs;

import dev.awsemulator.core.sqs.api.ChangeMessageVisibilityRequest;
import dev.awsemulator.core.sqs.api.Message;
import dev.awsemulator.core.testsupport.SqsFixture;
import dev.awsemulator.core.testsupport.SqsFixture.Counts;
import org.junit.jupiter.api.Test;

import static dev.awsemulator.core.testsupport.SqsFixture.CALLER;
import static dev.awsemulator.core.testsupport.SqsFixture.assertAwsError;
import static org.assertj.core.api.Assertions.assertThat;

class VisibilityTimeoutTest {

    private static final String BODY = "job";

    private final SqsFixture sqs = new SqsFixture();
    private final String queue = sqs.createQueue("work");

    private void changeVisibility(String receiptHandle, int seconds) {
        sqs.sqs.changeMessageVisibility(CALLER, new ChangeMessageVisibilityRequest(queue, receiptHandle, seconds));
    }

    @Test
    void receiveHidesMessageUntilVisibilityTimeoutExpires() {
        sqs.send(queue, BODY);
        Message first = sqs.receiveOne(queue);

        sqs.advanceSeconds(29);
        assertThat(sqs.receive(queue)).isEmpty();
        assertThat(sqs.counts(queue)).isEqualTo(new Counts(0, 1, 0));

        sqs.advanceSeconds(1);
        Message again = sqs.receiveOne(queue);
        assertThat(again.messageId()).isEqualTo(first.messageId());
        assertThat(again.receiptHandle()).isNotEqualTo(first.receiptHandle());
    }

    @Test
    void receiveVisibilityTimeoutOverridesTheQueueDefault() {
        sqs.send(queue, BODY);
        sqs.receive(queue, 1, 5);

        sqs.assertReceivableAfterExactly(queue, 5, BODY);
    }

    @Test
    void queueVisibilityTimeoutAttributeIsTheDefault() {
        String slow = sqs.createQueue("slow", "VisibilityTimeout", "120");
        sqs.send(slow, BODY);
        sqs.receiveOne(slow);

        sqs.assertReceivableAfterExactly(slow, 120, BODY);
    }

    @Test
    void zeroVisibilityTimeoutLeavesMessageVisible() {
        sqs.send(queue, BODY);

        sqs.receive(queue, 1, 0);

        assertThat(sqs.receive(queue)).hasSize(1);
    }

    @Test
    void changeVisibilityExtendsTheTimeoutCountingFromNow() {
        sqs.send(queue, BODY);
        Message received = sqs.receiveOne(queue);
        sqs.advanceSeconds(20);

        changeVisibility(received.receiptHandle(), 60);

        sqs.assertReceivableAfterExactly(queue, 60, BODY);
    }

    @Test
    void changeVisibilityToZeroMakesMessageVisibleNow() {
        sqs.send(queue, BODY);
        Message received = sqs.receiveOne(queue);

        changeVisibility(received.receiptHandle(), 0);

        assertThat(sqs.counts(queue)).isEqualTo(new Counts(1, 0, 0));
        assertThat(sqs.receiveOne(queue).messageId()).isEqualTo(received.messageId());
    }

    @Test
    void changeVisibilityBeyondTwelveHoursSinceReceiveIsRejected() {
        sqs.send(queue, BODY);
        Message received = sqs.receive(queue, 1, 43_200).get(0);
        sqs.advanceSeconds(3_600);

        assertAwsError(() -> changeVisibility(received.receiptHandle(), 43_200), SqsError.INVALID_PARAMETER_VALUE,
                "Value 43200 for parameter VisibilityTimeout is invalid. Reason: Total VisibilityTimeout for the "
                        + "message is beyond the limit [43200 seconds]");

        // The rejected change left the original timeout: the message reappears 12 h after the receive.
        sqs.assertReceivableAfterExactly(queue, 39_600, BODY);
    }

    @Test
    void changeVisibilityUpToExactlyTwelveHoursSinceReceiveIsAllowed() {
        sqs.send(queue, BODY);
        Message received = sqs.receive(queue, 1, 7_200).get(0);
        sqs.advanceSeconds(3_600);

        changeVisibility(received.receiptHandle(), 39_600);

        sqs.assertReceivableAfterExactly(queue, 39_600, BODY);
    }

    @Test
    void changeVisibilityOutsideZeroToTwelveHoursIsRejected() {
        sqs.send(queue, BODY);
        Message received = sqs.receiveOne(queue);

        assertAwsError(() -> changeVisibility(received.receiptHandle(), 43_201), SqsError.INVALID_PARAMETER_VALUE,
                "Value 43201 for parameter VisibilityTimeout is invalid. Reason: Must be >= 0 and <= 43200.");
        assertAwsError(() -> changeVisibility(received.receiptHandle(), -1), SqsError.INVALID_PARAMETER_VALUE);
        assertThat(sqs.counts(queue)).isEqualTo(new Counts(0, 1, 0));
    }

    @Test
    void changeVisibilityOfMessageNoLongerInFlightFailsWithMessageNotInflight() {
        sqs.send(queue, BODY);
        Message received = sqs.receiveOne(queue);
        sqs.advanceSeconds(30);

        assertAwsError(() -> changeVisibility(received.receiptHandle(), 60), SqsError.MESSAGE_NOT_INFLIGHT);

        assertThat(sqs.counts(queue)).isEqualTo(new Counts(1, 0, 0));
    }

    @Test
    void changeVisibilityWithoutTimeoutIsMissingParameter() {
        sqs.send(queue, BODY);
        Message received = sqs.receiveOne(queue);

        assertAwsError(() -> sqs.sqs.changeMessageVisibility(CALLER,
                        new ChangeMessageVisibilityRequest(queue, received.receiptHandle(), null)),
                SqsError.MISSING_PARAMETER, "The request must contain the parameter VisibilityTimeout.");
        sqs.assertReceivableAfterExactly(queue, 30, BODY);
    }
}
