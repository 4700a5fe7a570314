package dev.awsemulator.server.recordings;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * SQS message move tasks replayed (LocalStack's {@code test_sqs_move_task.py}): redrive from a dead-letter queue
 * to a named queue or back to the messages' sources, its rate, its cancellation and its refusals. A task moves
 * messages on the emulator's virtual clock, which each scenario advances where AWS took its time.
 */
class SqsMoveTaskRecordingsTest extends SqsReplayTest {

    private static final AwsRecordings RECORDINGS = AwsRecordings.load("sqs_move_task.snapshot.json");

    private static Replay replayTask(String test) {
        return clients.replay(RECORDINGS, test).replacingMember("StartedTimestamp", "timestamp");
    }

    /** A queue redriving to a new dead-letter queue after one receive; the dead-letter queue's URL. */
    private static String deadLettersOf(String source) {
        String deadLetters = queue("dl-" + source);
        queue(source, Map.of("RedrivePolicy",
                "{\"deadLetterTargetArn\": \"" + queueArn(deadLetters) + "\", \"maxReceiveCount\": 1}"));
        return deadLetters;
    }

    /** Sends {@code count} messages to a queue and receives each twice, which moves them to its dead letters. */
    private static void deadLetter(String source, int count) {
        String queue = sqs().getQueueUrl(b -> b.queueName(source)).queueUrl();
        IntStream.range(0, count).forEach(i -> sqs().sendMessage(b -> b.queueUrl(queue).messageBody(
                source + "-" + i)));
        IntStream.range(0, 2 * count).forEach(i -> sqs().receiveMessage(b -> b.queueUrl(queue).visibilityTimeout(0)));
    }

    /** A task handle as AWS makes them: base64 of the task id and source ARN as JSON. */
    private static String handle(String taskId, String sourceArn) {
        return Base64.getEncoder().encodeToString(("{\"taskId\":\"" + taskId + "\",\"sourceArn\":\"" + sourceArn
                + "\"}").getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void cancelWithInvalidTaskHandle() {
        Replay replay = replayTask("test_cancel_with_invalid_task_handle");

        replay.call("error", () -> sqs().cancelMessageMoveTask(b -> b.taskHandle("foobared")));
        replay.assertMatchesRecording();
    }

    @Test
    void cancelWithInvalidSourceArnInTaskHandle() {
        Replay replay = replayTask("test_cancel_with_invalid_source_arn_in_task_handle");

        replay.call("error", () -> sqs().cancelMessageMoveTask(b -> b.taskHandle(handle(
                "10f57157-fc38-4da9-a113-4de7e12d05dd",
                "arn:aws:sqs:us-east-1:878966065785:test-queue-doesnt-exist-123456"))));
        replay.assertMatchesRecording();
    }

    @Test
    void cancelWithInvalidTaskIdInTaskHandle() {
        Replay replay = replayTask("test_cancel_with_invalid_task_id_in_task_handle");
        String source = queueArn(queue("source"));

        replay.call("error", () -> sqs().cancelMessageMoveTask(b -> b.taskHandle(handle(
                "10f57157-fc38-4da9-a113-4de7e12d05aa", source))));
        replay.assertMatchesRecording();
    }

    @Test
    void sourceNeedsRedrivePolicy() {
        Replay replay = replayTask("test_source_needs_redrive_policy");
        String source = queueArn(queue("source"));
        String destination = queueArn(queue("destination"));

        replay.call("error", () -> sqs().startMessageMoveTask(b -> b.sourceArn(source).destinationArn(destination)));
        replay.assertMatchesRecording();
    }

    @Test
    void destinationNeedsToExist() {
        Replay replay = replayTask("test_destination_needs_to_exist");
        String source = queueArn(deadLettersOf("origin"));
        String destination = queueArn(queue("destination")) + "doesntexist";

        replay.call("error", () -> sqs().startMessageMoveTask(b -> b.sourceArn(source).destinationArn(destination)));
        replay.assertMatchesRecording();
    }

    @Test
    void basicMoveTaskWorkflow() {
        Replay replay = replayTask("test_basic_move_task_workflow");
        String source = queueArn(deadLettersOf("origin"));
        String destination = queueArn(queue("destination"));
        deadLetter("origin", 2);

        replay.call("start-message-move-task-response",
                () -> sqs().startMessageMoveTask(b -> b.sourceArn(source).destinationArn(destination)));
        aws.advance(Duration.ofSeconds(1));
        replay.call("list-message-move-task-response", () -> sqs().listMessageMoveTasks(b -> b.sourceArn(source)));
        replay.assertMatchesRecording();
    }

    @Test
    void moveTaskWorkflowWithDefaultDestination() {
        Replay replay = replayTask("test_move_task_workflow_with_default_destination");
        String source = queueArn(deadLettersOf("origin"));
        replay.value("source-arn", source);
        replay.value("original-source", queueArn(sqs().getQueueUrl(b -> b.queueName("origin")).queueUrl()));
        deadLetter("origin", 2);

        replay.call("start-message-move-task-response", () -> sqs().startMessageMoveTask(b -> b.sourceArn(source)));
        aws.advance(Duration.ofSeconds(1));
        replay.call("list-message-move-task-response", () -> sqs().listMessageMoveTasks(b -> b.sourceArn(source)));
        replay.assertMatchesRecording();
    }

    @Test
    void moveTaskWorkflowWithMultipleSourcesAsDefaultDestination() {
        Replay replay = replayTask("test_move_task_workflow_with_multiple_sources_as_default_destination");
        String deadLetters = deadLettersOf("first");
        String source = queueArn(deadLetters);
        queue("second", Map.of("RedrivePolicy",
                "{\"deadLetterTargetArn\": \"" + source + "\", \"maxReceiveCount\": 1}"));
        replay.value("source-arn", source);
        replay.value("original-source-1", queueArn(sqs().getQueueUrl(b -> b.queueName("first")).queueUrl()));
        replay.value("original-source-2", queueArn(sqs().getQueueUrl(b -> b.queueName("second")).queueUrl()));
        deadLetter("first", 2);
        deadLetter("second", 2);

        replay.call("start-message-move-task-response", () -> sqs().startMessageMoveTask(b -> b.sourceArn(source)));
        aws.advance(Duration.ofSeconds(1));
        replay.call("list-message-move-task-response", () -> sqs().listMessageMoveTasks(b -> b.sourceArn(source)));
        replay.assertMatchesRecording();
    }

    @Test
    void moveTaskWithThroughputLimit() {
        Replay replay = replayTask("test_move_task_with_throughput_limit");
        String source = queueArn(deadLettersOf("origin"));
        String destination = queueArn(queue("destination"));
        deadLetter("origin", 4);

        replay.call("start-message-move-task-response", () -> sqs().startMessageMoveTask(b -> b.sourceArn(source)
                .destinationArn(destination).maxNumberOfMessagesPerSecond(1)));
        replay.assertMatchesRecording();
    }

    @Test
    void moveTaskCancel() {
        Replay replay = replayTask("test_move_task_cancel");
        String source = queueArn(deadLettersOf("origin"));
        String destination = queueArn(queue("destination"));
        deadLetter("origin", 10);
        String task = sqs().startMessageMoveTask(b -> b.sourceArn(source).destinationArn(destination)
                .maxNumberOfMessagesPerSecond(1)).taskHandle();
        aws.advance(Duration.ofSeconds(1));

        replay.call("list-while", () -> sqs().listMessageMoveTasks(b -> b.sourceArn(source)));
        replay.call("cancel", () -> sqs().cancelMessageMoveTask(b -> b.taskHandle(task)));
        replay.leaveOut("list-after", "AWS counted 8 messages moved once cancelled after 2, which its own "
                + "cancellation answered: an approximate count still catching up, as LocalStack's test notes");
        replay.assertMatchesRecording();
    }

    @Test
    void moveTaskDeleteDestinationQueueWhileRunning() {
        Replay replay = replayTask("test_move_task_delete_destination_queue_while_running");
        String source = queueArn(deadLettersOf("origin"));
        String destination = queue("destination");
        deadLetter("origin", 10);
        sqs().startMessageMoveTask(b -> b.sourceArn(source).destinationArn(queueArn(destination))
                .maxNumberOfMessagesPerSecond(1));
        aws.advance(Duration.ofSeconds(2));
        sqs().deleteQueue(b -> b.queueUrl(destination));
        aws.advance(Duration.ofSeconds(1));

        replay.call("list", () -> sqs().listMessageMoveTasks(b -> b.sourceArn(source)));
        replay.assertMatchesRecording();
    }

    @Test
    void startMultipleMoveTasks() {
        Replay replay = replayTask("test_start_multiple_move_tasks");
        String source = queueArn(deadLettersOf("origin"));
        String destination = queueArn(queue("destination"));
        deadLetter("origin", 10);
        sqs().startMessageMoveTask(b -> b.sourceArn(source).destinationArn(destination)
                .maxNumberOfMessagesPerSecond(1));

        replay.call("error", () -> sqs().startMessageMoveTask(b -> b.sourceArn(source).destinationArn(destination)
                .maxNumberOfMessagesPerSecond(1)));
        replay.assertMatchesRecording();
    }
}
