package dev.awsemulator.core.sqs;

import dev.awsemulator.core.sqs.api.CancelMessageMoveTaskRequest;
import dev.awsemulator.core.sqs.api.ListMessageMoveTasksRequest;
import dev.awsemulator.core.sqs.api.ListMessageMoveTasksResultEntry;
import dev.awsemulator.core.sqs.api.QueueUrlRequest;
import dev.awsemulator.core.sqs.api.StartMessageMoveTaskRequest;
import dev.awsemulator.core.testsupport.SqsFixture;
import dev.awsemulator.core.testsupport.SqsFixture.Counts;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import static dev.awsemulator.core.sqs.DeadLetterQueueTest.redrive;
import static dev.awsemulator.core.testsupport.SqsFixture.CALLER;
import static dev.awsemulator.core.testsupport.SqsFixture.arnOf;
import static dev.awsemulator.core.testsupport.SqsFixture.assertAwsError;
import static org.assertj.core.api.Assertions.assertThat;

class MessageMoveTaskTest {

    private final SqsFixture sqs = new SqsFixture();
    private final String dlq = sqs.createQueue("dlq");
    private final String source = sqs.createQueue("source", "RedrivePolicy", redrive("dlq", 1));

    /** Sends {@code count} messages to the source and lets each fail into the dead-letter queue. */
    private void deadLetter(int count) {
        for (int i = 0; i < count; i++) {
            sqs.send(source, "m" + i);
        }
        sqs.receive(source, 10, 0);
        assertThat(sqs.receive(source)).isEmpty();
        assertThat(sqs.counts(dlq).visible()).isEqualTo(count);
    }

    private String start(String destinationArn, Integer rate) {
        return sqs.sqs.startMessageMoveTask(CALLER, new StartMessageMoveTaskRequest(arnOf("dlq"), destinationArn, rate))
                .taskHandle();
    }

    private ListMessageMoveTasksResultEntry latestTask() {
        List<ListMessageMoveTasksResultEntry> tasks = sqs.sqs.listMessageMoveTasks(CALLER,
                new ListMessageMoveTasksRequest(arnOf("dlq"), null)).results();
        assertThat(tasks).hasSize(1);
        return tasks.get(0);
    }

    @Test
    void moveTaskReturnsDeadLettersToTheirSourceQueue() {
        deadLetter(3);

        String handle = start(null, null);
        assertThat(latestTask().status()).isEqualTo("RUNNING");
        assertThat(latestTask().taskHandle()).isEqualTo(handle);
        sqs.advanceSeconds(1);

        assertThat(sqs.counts(dlq)).isEqualTo(new Counts(0, 0, 0));
        assertThat(sqs.receiveBodies(source)).containsExactlyInAnyOrder("m0", "m1", "m2");
        ListMessageMoveTasksResultEntry task = latestTask();
        assertThat(task.status()).isEqualTo("COMPLETED");
        assertThat(task.taskHandle()).isNull();
        assertThat(task.approximateNumberOfMessagesMoved()).isEqualTo(3);
        assertThat(task.approximateNumberOfMessagesToMove()).isEqualTo(3);
        assertThat(task.sourceArn()).isEqualTo(arnOf("dlq"));
    }

    @Test
    void movedMessagesStartAFreshReceiveCount() {
        deadLetter(1);
        start(null, null);
        sqs.advanceSeconds(1);

        assertThat(sqs.receiveOne(source).attributes()).containsEntry("ApproximateReceiveCount", "1")
                .doesNotContainKey("DeadLetterQueueSourceArn");
    }

    @Test
    void moveTaskToAnExplicitDestination() {
        String elsewhere = sqs.createQueue("elsewhere");
        deadLetter(2);

        start(arnOf("elsewhere"), null);
        sqs.advanceSeconds(1);

        assertThat(sqs.counts(elsewhere).visible()).isEqualTo(2);
        assertThat(sqs.counts(source).visible()).isZero();
    }

    @Test
    void moveTaskHonoursItsRatePerSecond() {
        deadLetter(3);

        start(null, 1);
        sqs.advanceMillis(0);
        assertThat(sqs.counts(dlq).visible()).isEqualTo(2);
        sqs.advanceSeconds(1);
        assertThat(sqs.counts(dlq).visible()).isEqualTo(1);
        assertThat(latestTask().approximateNumberOfMessagesMoved()).isEqualTo(2);

        sqs.advanceSeconds(2);
        assertThat(latestTask().status()).isEqualTo("COMPLETED");
        assertThat(sqs.counts(source).visible()).isEqualTo(3);
    }

    @Test
    void cancelStopsTheTaskAndReportsWhatMoved() {
        deadLetter(3);
        String handle = start(null, 1);
        sqs.advanceMillis(0);

        long moved = sqs.sqs.cancelMessageMoveTask(CALLER, new CancelMessageMoveTaskRequest(handle))
                .approximateNumberOfMessagesMoved();
        sqs.advanceSeconds(10);

        assertThat(moved).isEqualTo(1);
        assertThat(latestTask().status()).isEqualTo("CANCELLED");
        assertThat(sqs.counts(dlq).visible()).isEqualTo(2);
        assertThat(sqs.clock.pendingTasks()).isZero();
    }

    @Test
    void onlyOneTaskMayRunPerSource() {
        deadLetter(2);
        start(null, 1);

        assertAwsError(() -> start(null, 1), SqsError.INVALID_PARAMETER_VALUE, "There is already a task running. "
                + "Only one active task is allowed for a source queue arn at a given time.");
        assertThat(latestTask().status()).isEqualTo("RUNNING");
    }

    @Test
    void sourceMustBeADeadLetterQueue() {
        assertAwsError(() -> sqs.sqs.startMessageMoveTask(CALLER,
                        new StartMessageMoveTaskRequest(arnOf("source"), null, null)),
                SqsError.INVALID_PARAMETER_VALUE, "Source queue must be configured as a Dead Letter Queue.");
        assertAwsError(() -> sqs.sqs.startMessageMoveTask(CALLER,
                new StartMessageMoveTaskRequest(arnOf("missing"), null, null)), SqsError.RESOURCE_NOT_FOUND);
        assertThat(sqs.sqs.listMessageMoveTasks(CALLER, new ListMessageMoveTasksRequest(arnOf("source"), 10))
                .results()).isEmpty();
    }

    @Test
    void rateMustBeBetweenOneAndFiveHundred() {
        assertAwsError(() -> start(null, 501), SqsError.INVALID_PARAMETER_VALUE);
        assertAwsError(() -> start(null, 0), SqsError.INVALID_PARAMETER_VALUE);
        assertThat(sqs.sqs.listMessageMoveTasks(CALLER, new ListMessageMoveTasksRequest(arnOf("dlq"), 10))
                .results()).isEmpty();
    }

    @Test
    void cancellingAFinishedTaskFailsAndAnUnknownHandleIsNotFound() {
        deadLetter(1);
        String handle = start(null, null);
        sqs.advanceSeconds(1);

        assertAwsError(() -> cancel(handle), SqsError.INVALID_PARAMETER_VALUE);
        assertAwsError(() -> cancel(handle("10f57157-fc38-4da9-a113-4de7e12d05aa", arnOf("dlq"))),
                SqsError.RESOURCE_NOT_FOUND, "Task does not exist.");
        assertThat(latestTask().status()).isEqualTo("COMPLETED");
    }

    @Test
    void aHandleThatIsNoneIsInvalidAndOneNamingAMissingQueueIsRefusedForItsSource() {
        assertAwsError(() -> cancel("foobared"), SqsError.INVALID_PARAMETER_VALUE,
                "Value for parameter TaskHandle is invalid.");
        assertAwsError(() -> cancel(handle("10f57157-fc38-4da9-a113-4de7e12d05dd", arnOf("missing"))),
                SqsError.RESOURCE_NOT_FOUND,
                "The resource that you specified for the SourceArn parameter doesn't exist.");
    }

    private void cancel(String handle) {
        sqs.sqs.cancelMessageMoveTask(CALLER, new CancelMessageMoveTaskRequest(handle));
    }

    /** A handle as AWS makes them: base64 of a JSON object naming the task and its source queue. */
    private static String handle(String taskId, String sourceArn) {
        return Base64.getEncoder().encodeToString(("{\"taskId\":\"" + taskId + "\",\"sourceArn\":\"" + sourceArn
                + "\"}").getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void failedMoveKeepsEveryMessageInTheDeadLetterQueue() {
        sqs.createQueue("destination");
        deadLetter(3);
        start(arnOf("destination"), null);
        sqs.sqs.deleteQueue(CALLER, new QueueUrlRequest(SqsFixture.URL_PREFIX + "destination"));

        sqs.advanceSeconds(1);

        ListMessageMoveTasksResultEntry task = latestTask();
        assertThat(task.status()).isEqualTo("FAILED");
        assertThat(task.failureReason()).isEqualTo("AWS.SimpleQueueService.NonExistentQueue");
        assertThat(sqs.counts(dlq).visible()).isEqualTo(3);
    }

    @Test
    void listMessageMoveTasksShowsTheMostRecentTasksFirst() {
        deadLetter(1);
        start(null, null);
        sqs.advanceSeconds(1);
        sqs.send(source, "again");
        sqs.receive(source, 10, 0);
        sqs.receive(source);
        start(null, null);

        List<ListMessageMoveTasksResultEntry> tasks = sqs.sqs.listMessageMoveTasks(CALLER,
                new ListMessageMoveTasksRequest(arnOf("dlq"), 10)).results();

        assertThat(tasks).extracting(ListMessageMoveTasksResultEntry::status).containsExactly("RUNNING", "COMPLETED");
    }
}
