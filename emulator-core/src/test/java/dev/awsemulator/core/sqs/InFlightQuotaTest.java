package dev.awsemulator.core.sqs;

import dev.awsemulator.core.sqs.api.Message;
import dev.awsemulator.core.sqs.api.ReceiveMessageResult;
import dev.awsemulator.core.sqs.api.SendMessageBatchRequest;
import dev.awsemulator.core.sqs.api.SendMessageBatchRequestEntry;
import dev.awsemulator.core.testsupport.SqsFixture;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import static dev.awsemulator.core.testsupport.SqsFixture.CALLER;
import static dev.awsemulator.core.testsupport.SqsFixture.assertAwsError;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A standard queue holds at most 120,000 messages in flight: a short-polling receive beyond that answers
 * OverLimit, a long poll waits until a delete makes room (SQS developer guide, standard queue quotas).
 */
class InFlightQuotaTest {

    private final SqsFixture sqs = new SqsFixture();

    @Test
    void receivesStopAtTheInFlightQuotaUntilAMessageIsDeleted() {
        String queue = sqs.createQueue("q");
        List<SendMessageBatchRequestEntry> batch = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            batch.add(new SendMessageBatchRequestEntry("e" + i, "m", null, null, null, null, null));
        }
        for (int i = 0; i < InFlightQuota.MAX_IN_FLIGHT / 10 + 1; i++) {
            sqs.sqs.sendMessageBatch(CALLER, new SendMessageBatchRequest(queue, batch));
        }
        Message last = null;
        for (int received = 0; received < InFlightQuota.MAX_IN_FLIGHT; received += 10) {
            List<Message> messages = sqs.receive(queue, 10, 300);
            assertThat(messages).hasSize(10);
            last = messages.get(0);
        }

        assertAwsError(() -> sqs.receive(queue, 1, 300), SqsError.OVER_LIMIT);
        CompletableFuture<ReceiveMessageResult> waiting = sqs.receiveWaiting(queue, 20);
        sqs.advanceSeconds(1);
        assertThat(waiting).as("a long poll is not refused, it waits for room").isNotDone();
        assertThat(sqs.counts(queue).visible()).isEqualTo(10);

        sqs.delete(queue, last.receiptHandle());
        assertThat(waiting).isCompletedWithValueMatching(result -> result.messages().size() == 1);
        assertAwsError(() -> sqs.receive(queue, 1, 300), SqsError.OVER_LIMIT);
    }
}
