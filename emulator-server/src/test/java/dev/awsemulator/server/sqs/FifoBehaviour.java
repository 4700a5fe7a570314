package dev.awsemulator.server.sqs;

import dev.awsemulator.server.testsupport.SqsDriver.Receive;
import dev.awsemulator.server.testsupport.SqsDriver.Received;
import dev.awsemulator.server.testsupport.SqsDriver.Send;
import dev.awsemulator.server.testsupport.SqsDriver.Sent;
import org.junit.jupiter.api.Test;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

/** FIFO queues: order within a message group, one group in flight at a time, deduplication, sequence numbers. */
abstract class FifoBehaviour extends SqsBehaviour {

    private String fifoQueue(String name, Map<String, String> attributes) {
        Map<String, String> all = new HashMap<>(attributes);
        all.put("FifoQueue", "true");
        return sqs.createQueue(name, all);
    }

    private static Send inOrder(String body, String group) {
        return Send.body(body).inGroup(group).deduplicatedBy(body);
    }

    @Test
    void groupDeliversInSendOrderWithIncreasingSequenceNumbers() {
        String queue = fifoQueue("ordered.fifo", Map.of());
        List<BigInteger> sequenceNumbers = List.of("m1", "m2", "m3", "m4", "m5").stream()
                .map(body -> new BigInteger(sqs.sendMessage(queue, inOrder(body, "g")).sequenceNumber()))
                .toList();

        assertThat(sequenceNumbers).isSorted().doesNotHaveDuplicates();
        assertThat(receiveBodies(queue)).containsExactly("m1", "m2", "m3", "m4", "m5");
    }

    @Test
    void groupWithAMessageInFlightHandsOutNothingElseUntilItIsDeleted() {
        String queue = fifoQueue("groups.fifo", Map.of());
        sqs.sendMessage(queue, inOrder("a1", "A"));
        sqs.sendMessage(queue, inOrder("a2", "A"));
        sqs.sendMessage(queue, inOrder("b1", "B"));

        Received a1 = receiveOne(queue);
        Received b1 = receiveOne(queue);
        assertThat(List.of(a1.body(), b1.body())).containsExactly("a1", "b1");
        assertThat(receive(queue)).isEmpty();

        sqs.deleteMessage(queue, a1.receiptHandle());
        assertThat(receiveBodies(queue)).containsExactly("a2");
    }

    @Test
    void expiredVisibilityHandsTheGroupsHeadOutAgainFirst() {
        String queue = fifoQueue("retry.fifo", Map.of("VisibilityTimeout", "10"));
        sqs.sendMessage(queue, inOrder("first", "g"));
        sqs.sendMessage(queue, inOrder("second", "g"));
        assertThat(sqs.receiveMessage(queue, Receive.upTo(1))).extracting(Received::body).containsExactly("first");

        advanceSeconds(10);

        List<Received> again = sqs.receiveMessage(queue, Receive.upTo(10).withSystemAttributes("ApproximateReceiveCount"));
        assertThat(again).extracting(Received::body).containsExactly("first", "second");
        assertThat(again).extracting(message -> message.attribute("ApproximateReceiveCount")).containsExactly("2", "1");
    }

    @Test
    void duplicateWithinFiveMinutesIsAcceptedButNotEnqueued() {
        String queue = fifoQueue("dedup.fifo", Map.of());
        Sent original = sqs.sendMessage(queue, Send.body("pay 10").inGroup("g").deduplicatedBy("payment-1"));
        advanceSeconds(299);

        Sent duplicate = sqs.sendMessage(queue, Send.body("pay 10 again").inGroup("g").deduplicatedBy("payment-1"));

        assertThat(duplicate.messageId()).isEqualTo(original.messageId());
        assertThat(duplicate.sequenceNumber()).isEqualTo(original.sequenceNumber());
        assertThat(counts(queue)).isEqualTo("1/0/0");

        advanceSeconds(1);
        Sent afterWindow = sqs.sendMessage(queue, Send.body("pay 10 later").inGroup("g").deduplicatedBy("payment-1"));
        assertThat(afterWindow.messageId()).isNotEqualTo(original.messageId());
        assertThat(receiveBodies(queue)).containsExactly("pay 10", "pay 10 later");
    }

    @Test
    void contentBasedDeduplicationUsesTheBodysSha256() throws Exception {
        String queue = fifoQueue("content.fifo", Map.of("ContentBasedDeduplication", "true"));
        Sent first = sqs.sendMessage(queue, Send.body("same body").inGroup("g"));
        Sent second = sqs.sendMessage(queue, Send.body("same body").inGroup("other"));

        assertThat(second.messageId()).isEqualTo(first.messageId());
        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest("same body".getBytes(StandardCharsets.UTF_8)));
        assertThat(sqs.receiveMessage(queue, Receive.upTo(10).withSystemAttributes("MessageDeduplicationId")))
                .singleElement().satisfies(message -> assertThat(message.attributes())
                        .containsOnly(entry("MessageDeduplicationId", sha256)));
    }

    @Test
    void deduplicationScopedToTheGroupLetsOtherGroupsReuseAnId() {
        String queue = fifoQueue("scoped.fifo", Map.of("DeduplicationScope", "messageGroup",
                "FifoThroughputLimit", "perMessageGroupId"));

        sqs.sendMessage(queue, Send.body("for A").inGroup("A").deduplicatedBy("id-1"));
        sqs.sendMessage(queue, Send.body("for B").inGroup("B").deduplicatedBy("id-1"));
        sqs.sendMessage(queue, Send.body("for A again").inGroup("A").deduplicatedBy("id-1"));

        assertThat(receiveBodies(queue)).containsExactlyInAnyOrder("for A", "for B");
    }

    @Test
    void receivedFifoMessagesCarryGroupDeduplicationIdAndSequenceNumber() {
        String queue = fifoQueue("attributes.fifo", Map.of());
        Sent sent = sqs.sendMessage(queue, Send.body("described").inGroup("customer-7").deduplicatedBy("d-1"));

        Received received = sqs.receiveMessage(queue, Receive.upTo(1).withSystemAttributes("All")).get(0);

        assertThat(received.attributes()).contains(
                entry("MessageGroupId", "customer-7"),
                entry("MessageDeduplicationId", "d-1"),
                entry("SequenceNumber", sent.sequenceNumber()),
                entry("ApproximateReceiveCount", "1"));
    }

    @Test
    void retriedReceiveWithTheSameAttemptIdGetsTheSameMessagesAndHandles() {
        String queue = fifoQueue("attempts.fifo", Map.of());
        sqs.sendMessage(queue, inOrder("once", "g"));
        sqs.sendMessage(queue, inOrder("twice", "g"));
        Receive attempt = Receive.upTo(1).asAttempt("attempt-1");

        Received first = sqs.receiveMessage(queue, attempt).get(0);
        Received retried = sqs.receiveMessage(queue, attempt).get(0);

        assertThat(retried.messageId()).isEqualTo(first.messageId());
        assertThat(retried.receiptHandle()).isEqualTo(first.receiptHandle());
        assertThat(receive(queue)).isEmpty();
    }

    @Test
    void queueDelayAppliesToFifoQueues() {
        String queue = fifoQueue("delayed.fifo", Map.of("DelaySeconds", "5"));
        sqs.sendMessage(queue, inOrder("held", "g"));

        assertThat(counts(queue)).isEqualTo("0/0/1");
        assertAppearsAfter(queue, 5, "held");
    }

    @Test
    void batchSendKeepsEntryOrderInTheGroup() {
        String queue = fifoQueue("batch.fifo", Map.of());

        List<Sent> sent = sqs.sendMessageBatch(queue, List.of(
                inOrder("one", "g").withId("e1"), inOrder("two", "g").withId("e2"),
                inOrder("three", "g").withId("e3"))).successful();

        assertThat(sent).extracting(Sent::id).containsExactly("e1", "e2", "e3");
        assertThat(sent).extracting(entry -> new BigInteger(entry.sequenceNumber())).isSorted();
        assertThat(receiveBodies(queue)).containsExactly("one", "two", "three");
    }
}
