package dev.awsemulator.core.sqs;

import dev.awsemulator.core.sqs.api.ChangeMessageVisibilityRequest;
import dev.awsemulator.core.sqs.api.Message;
import dev.awsemulator.core.testsupport.SqsFixture;
import dev.awsemulator.core.testsupport.SqsFixture.Counts;
import org.junit.jupiter.api.Test;

import static dev.awsemulator.core.testsupport.SqsFixture.CALLER;
import static dev.awsemulator.core.testsupport.SqsFixture.assertAwsError;
import static org.assertj.core.api.Assertions.assertThat;

class ReceiptHandleTest {

    private final SqsFixture sqs = new SqsFixture();
    private final String queue = sqs.createQueue("handles");
    private final String fifo = sqs.createFifoQueue("handles.fifo");

    /** Receives the only message twice, letting the first visibility timeout run out in between. */
    private Message[] receiveTwice(String queueUrl) {
        Message first = sqs.receive(queueUrl, 1, 10).get(0);
        sqs.advanceSeconds(10);
        Message second = sqs.receive(queueUrl, 1, 10).get(0);
        return new Message[] {first, second};
    }

    @Test
    void staleHandleDeleteOnStandardQueueSucceedsButDeletesNothing() {
        sqs.send(queue, "received twice");
        Message[] receives = receiveTwice(queue);

        sqs.delete(queue, receives[0].receiptHandle());

        assertThat(sqs.counts(queue)).isEqualTo(new Counts(0, 1, 0));
        sqs.delete(queue, receives[1].receiptHandle());
        assertThat(sqs.counts(queue)).isEqualTo(new Counts(0, 0, 0));
    }

    @Test
    void malformedHandleIsReceiptHandleIsInvalid() {
        sqs.send(queue, "in flight");
        sqs.receiveOne(queue);

        assertAwsError(() -> sqs.delete(queue, "not-a-handle"), SqsError.RECEIPT_HANDLE_IS_INVALID,
                "The input receipt handle \"not-a-handle\" is not a valid receipt handle.");

        assertThat(sqs.counts(queue)).isEqualTo(new Counts(0, 1, 0));
    }

    @Test
    void handleOfAnotherQueueIsReceiptHandleIsInvalid() {
        String other = sqs.createQueue("other");
        sqs.send(other, "elsewhere");
        Message received = sqs.receiveOne(other);

        assertAwsError(() -> sqs.delete(queue, received.receiptHandle()), SqsError.RECEIPT_HANDLE_IS_INVALID);

        assertThat(sqs.counts(other)).isEqualTo(new Counts(0, 1, 0));
    }

    @Test
    void malformedHandleInChangeVisibilityIsReceiptHandleIsInvalid() {
        sqs.send(queue, "in flight");
        sqs.receiveOne(queue);

        assertAwsError(() -> sqs.sqs.changeMessageVisibility(CALLER,
                new ChangeMessageVisibilityRequest(queue, "garbage", 0)), SqsError.RECEIPT_HANDLE_IS_INVALID);

        assertThat(sqs.counts(queue)).isEqualTo(new Counts(0, 1, 0));
    }

    @Test
    void deleteWithoutHandleIsMissingParameter() {
        sqs.send(queue, "kept");

        assertAwsError(() -> sqs.delete(queue, null), SqsError.MISSING_PARAMETER,
                "The request must contain the parameter ReceiptHandle.");

        assertThat(sqs.counts(queue)).isEqualTo(new Counts(1, 0, 0));
    }

    @Test
    void fifoDeleteAfterVisibilityTimeoutFailsBecauseTheHandleExpired() {
        sqs.sendFifo(fifo, "late delete", "g", "d1");
        Message received = sqs.receive(fifo, 1, 10).get(0);
        sqs.advanceSeconds(10);

        assertAwsError(() -> sqs.delete(fifo, received.receiptHandle()), SqsError.INVALID_PARAMETER_VALUE,
                "Value " + received.receiptHandle()
                        + " for parameter ReceiptHandle is invalid. Reason: The receipt handle has expired.");

        assertThat(sqs.counts(fifo)).isEqualTo(new Counts(1, 0, 0));
    }

    @Test
    void fifoStaleHandleFailsEvenWhileTheMessageIsInFlightAgain() {
        sqs.sendFifo(fifo, "received twice", "g", "d1");
        Message[] receives = receiveTwice(fifo);

        assertAwsError(() -> sqs.delete(fifo, receives[0].receiptHandle()), SqsError.INVALID_PARAMETER_VALUE);

        assertThat(sqs.counts(fifo)).isEqualTo(new Counts(0, 1, 0));
        sqs.delete(fifo, receives[1].receiptHandle());
        assertThat(sqs.counts(fifo)).isEqualTo(new Counts(0, 0, 0));
    }
}
