package dev.awsemulator.server.sqs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.awsemulator.server.testsupport.SqsDriver.MoveTask;
import dev.awsemulator.server.testsupport.SqsDriver.Page;
import dev.awsemulator.server.testsupport.SqsDriver.Receive;
import dev.awsemulator.server.testsupport.SqsDriver.Received;
import dev.awsemulator.server.testsupport.SqsDriver.Send;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static dev.awsemulator.server.testsupport.SqsFault.INVALID_PARAMETER_VALUE;
import static dev.awsemulator.server.testsupport.SqsFault.RESOURCE_NOT_FOUND;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Dead-letter queues: redrive after maxReceiveCount, RedriveAllowPolicy, ListDeadLetterSourceQueues,
 * and message move tasks back out of a dead-letter queue.
 */
abstract class DeadLetterBehaviour extends SqsBehaviour {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ARN_PREFIX = "arn:aws:sqs:us-east-1:000000000000:";

    private String deadLetters;
    private String deadLettersArn;

    @BeforeEach
    void createDeadLetterQueue() {
        deadLetters = sqs.createQueue("dead-letters");
        deadLettersArn = arnOf(deadLetters);
    }

    private static String redrivePolicy(String targetArn, int maxReceiveCount) {
        return "{\"deadLetterTargetArn\":\"" + targetArn + "\",\"maxReceiveCount\":\"" + maxReceiveCount + "\"}";
    }

    /** A queue whose messages go to the dead-letter queue after {@code maxReceiveCount} receives. */
    private String source(String name, int maxReceiveCount) {
        return sqs.createQueue(name, Map.of("RedrivePolicy", redrivePolicy(deadLettersArn, maxReceiveCount),
                "VisibilityTimeout", "10"));
    }

    /** Receives {@code queue}'s message and lets its visibility timeout run out, {@code times} times. */
    private void receiveAndAbandon(String queue, int times) {
        for (int i = 0; i < times; i++) {
            receiveOne(queue);
            advanceSeconds(10);
        }
    }

    /** A message that went from its source queue to the dead-letter queue. */
    private record DeadLetter(String sourceUrl, String messageId) {
    }

    /** Sends one message to a fresh source queue and lets it go to the dead-letter queue. */
    private DeadLetter deadLetterFrom(String sourceName, String body) {
        String source = source(sourceName, 1);
        String messageId = sqs.sendMessage(source, Send.body(body)).messageId();
        receiveAndAbandon(source, 1);
        assertThat(receive(source)).isEmpty();
        return new DeadLetter(source, messageId);
    }

    @Test
    void messageReceivedMaxReceiveCountTimesMovesToTheDeadLetterQueueOnTheNextReceive() {
        String source = source("orders", 2);
        String messageId = sqs.sendMessage(source, Send.body("poison")).messageId();

        receiveAndAbandon(source, 2);
        assertThat(receive(source)).isEmpty();

        assertThat(counts(source)).isEqualTo("0/0/0");
        Received dead = sqs.receiveMessage(deadLetters, Receive.upTo(1).withSystemAttributes("All")).get(0);
        assertThat(dead.messageId()).isEqualTo(messageId);
        assertThat(dead.body()).isEqualTo("poison");
        assertThat(dead.attribute("DeadLetterQueueSourceArn")).isEqualTo(ARN_PREFIX + "orders");
    }

    @Test
    void deadLetterKeepsItsOriginalSendTimeSoRetentionCountsFromTheFirstSend() {
        sqs.setQueueAttributes(deadLetters, Map.of("MessageRetentionPeriod", "60"));
        long sentAt = nowMillis();
        deadLetterFrom("short-lived", "expiring");
        assertThat(counts(deadLetters)).isEqualTo("1/0/0");

        Received dead = sqs.receiveMessage(deadLetters, Receive.upTo(1).hidingFor(0).withSystemAttributes("All"))
                .get(0);
        assertThat(dead.attribute("SentTimestamp")).isEqualTo(Long.toString(sentAt));
        advanceSeconds(50);

        assertThat(counts(deadLetters)).isEqualTo("0/0/0");
    }

    @Test
    void fifoDeadLetterKeepsItsGroupAndIsEnqueuedAfreshDeduplicatedByItsMessageId() {
        String fifoDeadLetters = sqs.createQueue("dead-letters.fifo", Map.of("FifoQueue", "true"));
        String source = sqs.createQueue("source.fifo", Map.of("FifoQueue", "true", "VisibilityTimeout", "10",
                "RedrivePolicy", redrivePolicy(arnOf(fifoDeadLetters), 1)));
        String poison = sqs.sendMessage(source, Send.body("poison").inGroup("customer-1").deduplicatedBy("order-1"))
                .messageId();
        sqs.sendMessage(source, Send.body("healthy").inGroup("customer-1").deduplicatedBy("order-2"));

        receiveAndAbandon(source, 1);
        long movedAt = nowMillis();
        assertThat(receiveBodies(source)).containsExactly("healthy");

        Received dead = sqs.receiveMessage(fifoDeadLetters, Receive.upTo(10).withSystemAttributes("All")).get(0);
        assertThat(dead.messageId()).isEqualTo(poison);
        assertThat(dead.attribute("MessageGroupId")).isEqualTo("customer-1");
        assertThat(dead.attribute("MessageDeduplicationId")).isEqualTo(poison);
        assertThat(dead.attribute("SentTimestamp")).isEqualTo(Long.toString(movedAt));
        assertThat(dead.attribute("SequenceNumber")).isNotBlank();
    }

    @Test
    void redrivePolicyReadsBackWithANumericMaxReceiveCountAndCanBeRemoved() throws Exception {
        String source = source("orders", 3);

        JsonNode policy = JSON.readTree(sqs.getQueueAttribute(source, "RedrivePolicy"));
        assertThat(policy.path("deadLetterTargetArn").asText()).isEqualTo(deadLettersArn);
        assertThat(policy.path("maxReceiveCount").isNumber()).isTrue();
        assertThat(policy.path("maxReceiveCount").asInt()).isEqualTo(3);

        sqs.setQueueAttributes(source, Map.of("RedrivePolicy", ""));
        assertThat(sqs.getQueueAttributes(source)).doesNotContainKey("RedrivePolicy");
        sqs.sendMessage(source, Send.body("stays"));
        receiveAndAbandon(source, 4);
        assertThat(receiveBodies(source)).containsExactly("stays");
    }

    @Test
    void listDeadLetterSourceQueuesNamesEachSourceAndPages() {
        List<String> sources = List.of(source("source-a", 5), source("source-b", 5), source("source-c", 5));
        sqs.createQueue("unrelated");

        assertThat(sqs.listDeadLetterSourceQueues(deadLetters, null, null).queueUrls())
                .containsExactlyInAnyOrderElementsOf(sources);
        Page first = sqs.listDeadLetterSourceQueues(deadLetters, 2, null);
        Page second = sqs.listDeadLetterSourceQueues(deadLetters, 2, first.nextToken());
        assertThat(first.queueUrls()).hasSize(2);
        assertThat(first.nextToken()).isNotNull();
        assertThat(second.nextToken()).isNull();
        assertThat(List.of(first.queueUrls(), second.queueUrls()).stream().flatMap(List::stream))
                .containsExactlyInAnyOrderElementsOf(sources);
    }

    @Test
    void redriveAllowPolicyDenyAllRefusesEverySource() {
        sqs.setQueueAttributes(deadLetters, Map.of("RedriveAllowPolicy", "{\"redrivePermission\":\"denyAll\"}"));

        rejects(INVALID_PARAMETER_VALUE, () -> source("refused", 1));
    }

    @Test
    void redriveAllowPolicyByQueueAdmitsOnlyTheNamedSources() {
        sqs.setQueueAttributes(deadLetters, Map.of("RedriveAllowPolicy",
                "{\"redrivePermission\":\"byQueue\",\"sourceQueueArns\":[\"" + ARN_PREFIX + "allowed\"]}"));

        source("allowed", 1);
        String other = sqs.createQueue("other");

        rejects(INVALID_PARAMETER_VALUE, () -> sqs.setQueueAttributes(other,
                Map.of("RedrivePolicy", redrivePolicy(deadLettersArn, 1))));
        assertThat(sqs.listDeadLetterSourceQueues(deadLetters, null, null).queueUrls())
                .singleElement().asString().endsWith("/allowed");
    }

    @Test
    void deadLetterQueueMustExistAndBeOfTheSameType() {
        rejects(INVALID_PARAMETER_VALUE, () -> sqs.createQueue("orphan",
                Map.of("RedrivePolicy", redrivePolicy(ARN_PREFIX + "missing", 1))));
        rejects(INVALID_PARAMETER_VALUE, () -> sqs.createQueue("mixed.fifo",
                Map.of("FifoQueue", "true", "RedrivePolicy", redrivePolicy(deadLettersArn, 1))));
    }

    @Test
    void moveTaskReturnsDeadLettersToTheQueuesTheyCameFrom() {
        String first = deadLetterFrom("first", "from first").sourceUrl();
        String second = deadLetterFrom("second", "from second").sourceUrl();

        String handle = sqs.startMessageMoveTask(deadLettersArn, null, null);
        assertThat(sqs.listMessageMoveTasks(deadLettersArn, 10)).singleElement().satisfies(task -> {
            assertThat(task.taskHandle()).isEqualTo(handle);
            assertThat(task.status()).isEqualTo("RUNNING");
            assertThat(task.approximateNumberOfMessagesToMove()).isEqualTo(2L);
        });
        advance(Duration.ofSeconds(1));

        assertThat(sqs.listMessageMoveTasks(deadLettersArn, 10)).singleElement().satisfies(task -> {
            assertThat(task.status()).isEqualTo("COMPLETED");
            assertThat(task.sourceArn()).isEqualTo(deadLettersArn);
            assertThat(task.approximateNumberOfMessagesMoved()).isEqualTo(2L);
        });
        assertThat(receiveBodies(first)).containsExactly("from first");
        assertThat(receiveBodies(second)).containsExactly("from second");
        assertThat(counts(deadLetters)).isEqualTo("0/0/0");
    }

    @Test
    void redrivenMessageIsANewMessageWithItsOwnIdAndEnqueueTime() {
        DeadLetter dead = deadLetterFrom("origin", "again");
        advanceSeconds(100);
        long redrivenAt = nowMillis();

        sqs.startMessageMoveTask(deadLettersArn, null, null);
        advance(Duration.ofSeconds(1));

        Received redriven = sqs.receiveMessage(dead.sourceUrl(), Receive.upTo(1).withSystemAttributes("All")).get(0);
        assertThat(redriven.body()).isEqualTo("again");
        assertThat(redriven.messageId()).isNotEqualTo(dead.messageId());
        assertThat(redriven.attribute("SentTimestamp")).isEqualTo(Long.toString(redrivenAt));
        assertThat(redriven.attribute("ApproximateReceiveCount")).isEqualTo("1");
        assertThat(redriven.attributes()).doesNotContainKey("DeadLetterQueueSourceArn");
    }

    @Test
    void moveTaskCanSendEverythingToAChosenDestination() {
        deadLetterFrom("origin", "redirected");
        String destination = sqs.createQueue("destination");

        sqs.startMessageMoveTask(deadLettersArn, arnOf(destination), 10);
        advance(Duration.ofSeconds(1));

        MoveTask task = sqs.listMessageMoveTasks(deadLettersArn, 10).get(0);
        assertThat(task.destinationArn()).isEqualTo(arnOf(destination));
        assertThat(task.maxNumberOfMessagesPerSecond()).isEqualTo(10);
        assertThat(receiveBodies(destination)).containsExactly("redirected");
    }

    @Test
    void cancelledMoveTaskStopsMovingAndReportsWhatItMoved() {
        String source = source("slow", 1);
        List.of("one", "two", "three").forEach(body -> sqs.sendMessage(source, Send.body(body)));
        sqs.receiveMessage(source, Receive.upTo(10));
        advanceSeconds(10);
        assertThat(receive(source)).isEmpty();

        String handle = sqs.startMessageMoveTask(deadLettersArn, null, 1);
        advance(Duration.ZERO);
        long moved = sqs.cancelMessageMoveTask(handle);
        advanceSeconds(10);

        assertThat(moved).isEqualTo(1);
        assertThat(sqs.listMessageMoveTasks(deadLettersArn, 10)).singleElement()
                .extracting(MoveTask::status).isEqualTo("CANCELLED");
        assertThat(counts(deadLetters)).isEqualTo("2/0/0");
        assertThat(counts(source)).isEqualTo("1/0/0");
    }

    @Test
    void moveTaskNeedsAnExistingDeadLetterQueue() {
        String plain = sqs.createQueue("plain");

        rejects(INVALID_PARAMETER_VALUE, () -> sqs.startMessageMoveTask(arnOf(plain), null, null));
        rejects(RESOURCE_NOT_FOUND, () -> sqs.startMessageMoveTask(ARN_PREFIX + "missing", null, null));
        rejects(RESOURCE_NOT_FOUND, () -> sqs.listMessageMoveTasks(ARN_PREFIX + "missing", 10));
    }
}
