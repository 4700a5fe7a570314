package dev.awsemulator.core.sqs;

import dev.awsemulator.core.sqs.api.GetQueueUrlRequest;
import dev.awsemulator.core.sqs.api.QueueUrlRequest;
import dev.awsemulator.core.sqs.api.ReceiveMessageResult;
import dev.awsemulator.core.testsupport.SqsFixture;
import dev.awsemulator.core.testsupport.SqsFixture.Counts;
import org.junit.jupiter.api.Test;

import java.util.concurrent.CompletableFuture;

import static dev.awsemulator.core.testsupport.SqsFixture.CALLER;
import static dev.awsemulator.core.testsupport.SqsFixture.assertAwsError;
import static org.assertj.core.api.Assertions.assertThat;

class PurgeAndDeleteQueueTest {

    private final SqsFixture strict = new SqsFixture();

    private static void purge(SqsFixture sqs, String queue) {
        sqs.sqs.purgeQueue(CALLER, new QueueUrlRequest(queue));
    }

    private static void deleteQueue(SqsFixture sqs, String queue) {
        sqs.sqs.deleteQueue(CALLER, new QueueUrlRequest(queue));
    }

    @Test
    void purgeDeletesVisibleDelayedAndInFlightMessages() {
        String queue = strict.createQueue("purged");
        strict.send(queue, "visible");
        strict.send(queue, "in flight");
        strict.sendDelayed(queue, "delayed", 60);
        strict.receive(queue, 1, null);

        purge(strict, queue);

        assertThat(strict.counts(queue)).isEqualTo(new Counts(0, 0, 0));
        strict.advanceSeconds(60);
        assertThat(strict.receive(queue)).isEmpty();
    }

    @Test
    void secondPurgeWithinSixtySecondsFailsAndKeepsMessages() {
        String queue = strict.createQueue("purged");
        purge(strict, queue);
        strict.send(queue, "after purge");
        strict.advanceSeconds(59);

        assertAwsError(() -> purge(strict, queue), SqsError.PURGE_QUEUE_IN_PROGRESS,
                "Only one PurgeQueue operation on purged is allowed every 60 seconds.");
        assertThat(strict.counts(queue).visible()).isEqualTo(1);

        strict.advanceSeconds(1);
        purge(strict, queue);
        assertThat(strict.counts(queue).visible()).isZero();
    }

    @Test
    void relaxedOptionsAllowPurgingBackToBack() {
        SqsFixture relaxed = new SqsFixture(SqsOptions.RELAXED);
        String queue = relaxed.createQueue("purged");
        purge(relaxed, queue);
        relaxed.send(queue, "again");

        purge(relaxed, queue);

        assertThat(relaxed.counts(queue).visible()).isZero();
    }

    @Test
    void deletedQueueIsGone() {
        String queue = strict.createQueue("doomed");
        deleteQueue(strict, queue);

        assertAwsError(() -> strict.send(queue, "anyone?"), SqsError.QUEUE_DOES_NOT_EXIST,
                "The specified queue does not exist.");
        assertAwsError(() -> strict.sqs.getQueueUrl(CALLER, new GetQueueUrlRequest("doomed", null)),
                SqsError.QUEUE_DOES_NOT_EXIST);
    }

    @Test
    void recreatingWithinSixtySecondsOfDeleteFailsWithQueueDeletedRecently() {
        String queue = strict.createQueue("reborn");
        deleteQueue(strict, queue);
        strict.advanceSeconds(59);

        assertAwsError(() -> strict.createQueue("reborn"), SqsError.QUEUE_DELETED_RECENTLY,
                "You must wait 60 seconds after deleting a queue before you can create another with the same name.");
        assertAwsError(() -> strict.sqs.getQueueUrl(CALLER, new GetQueueUrlRequest("reborn", null)),
                SqsError.QUEUE_DOES_NOT_EXIST);

        strict.advanceSeconds(1);
        assertThat(strict.createQueue("reborn")).isEqualTo(queue);
    }

    @Test
    void relaxedOptionsAllowRecreatingADeletedQueueAtOnce() {
        SqsFixture relaxed = new SqsFixture(SqsOptions.RELAXED);
        String queue = relaxed.createQueue("reborn");
        relaxed.send(queue, "old life");
        deleteQueue(relaxed, queue);

        relaxed.createQueue("reborn");

        assertThat(relaxed.counts(queue)).isEqualTo(new Counts(0, 0, 0));
    }

    @Test
    void deletingAQueueEndsItsLongPollsEmpty() {
        String queue = strict.createQueue("doomed");
        CompletableFuture<ReceiveMessageResult> waiting = strict.receiveWaiting(queue, 20);

        deleteQueue(strict, queue);

        assertThat(waiting).isCompletedWithValueMatching(result -> result.messages().isEmpty());
    }
}
