package dev.awsemulator.core.sqs;

import dev.awsemulator.core.sqs.api.ChangeMessageVisibilityRequest;
import dev.awsemulator.core.sqs.api.Message;
import dev.awsemulator.core.sqs.api.ReceiveMessageRequest;
import dev.awsemulator.core.sqs.api.ReceiveMessageResult;
import dev.awsemulator.core.testsupport.SqsFixture;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import static dev.awsemulator.core.testsupport.SqsFixture.CALLER;
import static dev.awsemulator.core.testsupport.SqsFixture.assertAwsError;
import static org.assertj.core.api.Assertions.assertThat;

class LongPollingTest {

    private final SqsFixture sqs = new SqsFixture();
    private final String queue = sqs.createQueue("polled");

    private static List<String> bodies(CompletableFuture<ReceiveMessageResult> result) {
        assertThat(result).isDone();
        return result.join().messages().stream().map(Message::body).toList();
    }

    @Test
    void longPollWaitsAndCompletesWhenAMessageIsSent() {
        CompletableFuture<ReceiveMessageResult> waiting = sqs.receiveWaiting(queue, 20);
        sqs.advanceSeconds(5);
        assertThat(waiting).isNotDone();

        sqs.send(queue, "arrived");

        assertThat(bodies(waiting)).containsExactly("arrived");
        assertThat(sqs.counts(queue).notVisible()).isEqualTo(1);
        assertThat(sqs.clock.pendingTasks()).as("the wait's timeout is cancelled").isZero();
    }

    @Test
    void longPollAnswersAtOnceWhenAMessageIsAlreadyAvailable() {
        sqs.send(queue, "ready");

        assertThat(bodies(sqs.receiveWaiting(queue, 20))).containsExactly("ready");
    }

    @Test
    void longPollCompletesEmptyAtTheTimeout() {
        CompletableFuture<ReceiveMessageResult> waiting = sqs.receiveWaiting(queue, 20);

        sqs.advanceSeconds(19);
        assertThat(waiting).isNotDone();

        sqs.advanceSeconds(1);
        assertThat(bodies(waiting)).isEmpty();
    }

    @Test
    void longPollCompletesWhenAHiddenMessageBecomesVisibleAgain() {
        sqs.send(queue, "retry me");
        sqs.receive(queue, 1, 10);
        CompletableFuture<ReceiveMessageResult> waiting = sqs.receiveWaiting(queue, 20);

        sqs.advanceSeconds(9);
        assertThat(waiting).isNotDone();

        sqs.advanceSeconds(1);
        assertThat(bodies(waiting)).containsExactly("retry me");
    }

    @Test
    void longPollCompletesWhenADelayedMessageBecomesVisible() {
        CompletableFuture<ReceiveMessageResult> waiting = sqs.receiveWaiting(queue, 20);
        sqs.sendDelayed(queue, "delayed", 15);
        assertThat(waiting).isNotDone();

        sqs.advanceSeconds(15);

        assertThat(bodies(waiting)).containsExactly("delayed");
    }

    @Test
    void longPollWakesForTheEarliestOfSeveralHiddenMessages() {
        sqs.send(queue, "slow");
        sqs.receive(queue, 1, 18);
        CompletableFuture<ReceiveMessageResult> waiting = sqs.receiveWaiting(queue, 20);
        sqs.sendDelayed(queue, "fast", 3);

        sqs.advanceSeconds(3);

        assertThat(bodies(waiting)).containsExactly("fast");
    }

    @Test
    void longPollCompletesWhenVisibilityIsChangedToZero() {
        sqs.send(queue, "released");
        Message received = sqs.receiveOne(queue);
        CompletableFuture<ReceiveMessageResult> waiting = sqs.receiveWaiting(queue, 20);

        sqs.sqs.changeMessageVisibility(CALLER, new ChangeMessageVisibilityRequest(queue, received.receiptHandle(), 0));

        assertThat(bodies(waiting)).containsExactly("released");
    }

    @Test
    void waitersAreServedOldestFirst() {
        CompletableFuture<ReceiveMessageResult> first = sqs.receiveWaiting(queue, 20);
        CompletableFuture<ReceiveMessageResult> second = sqs.receiveWaiting(queue, 20);

        sqs.send(queue, "one");
        assertThat(bodies(first)).containsExactly("one");
        assertThat(second).isNotDone();

        sqs.send(queue, "two");
        assertThat(bodies(second)).containsExactly("two");
    }

    @Test
    void cancelledLongPollTakesNoMessage() {
        CompletableFuture<ReceiveMessageResult> waiting = sqs.receiveWaiting(queue, 20);

        assertThat(waiting.cancel(false)).isTrue();
        sqs.send(queue, "for someone else");

        assertThat(sqs.counts(queue).visible()).isEqualTo(1);
        assertThat(sqs.receiveBodies(queue)).containsExactly("for someone else");
        assertThat(sqs.clock.pendingTasks()).as("the cancelled wait's timeout is gone").isZero();
    }

    @Test
    void queueReceiveWaitTimeIsTheDefaultWait() {
        String patient = sqs.createQueue("patient", "ReceiveMessageWaitTimeSeconds", "10");
        CompletableFuture<ReceiveMessageResult> waiting = sqs.sqs.receiveMessage(CALLER,
                new ReceiveMessageRequest(patient, null, null, null, 1, null, null, null)).toCompletableFuture();

        sqs.advanceSeconds(9);
        assertThat(waiting).isNotDone();
        sqs.advanceSeconds(1);
        assertThat(bodies(waiting)).isEmpty();
    }

    @Test
    void waitTimeAboveTwentySecondsIsRejectedAndTakesNothing() {
        sqs.send(queue, "untouched");

        assertAwsError(() -> sqs.receiveWaiting(queue, 21), SqsError.INVALID_PARAMETER_VALUE,
                "Value 21 for parameter WaitTimeSeconds is invalid. Reason: Must be >= 0 and <= 20, if provided.");

        assertThat(sqs.counts(queue).visible()).isEqualTo(1);
        assertThat(sqs.clock.pendingTasks()).isZero();
    }

    @Test
    void longPollOnFifoQueueWakesWhenTheBlockingMessageIsDeleted() {
        String fifo = sqs.createFifoQueue("polled.fifo");
        sqs.sendFifo(fifo, "first", "g", "1");
        sqs.sendFifo(fifo, "second", "g", "2");
        Message first = sqs.receiveOne(fifo);
        CompletableFuture<ReceiveMessageResult> waiting = sqs.receiveWaiting(fifo, 20);
        assertThat(waiting).isNotDone();

        sqs.delete(fifo, first.receiptHandle());

        assertThat(bodies(waiting)).containsExactly("second");
    }
}
