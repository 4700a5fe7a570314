package dev.awsemulator.core.sqs;

import dev.awsemulator.core.sqs.api.Message;
import dev.awsemulator.core.sqs.api.SendMessageResult;
import dev.awsemulator.core.testsupport.SqsFixture;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FifoDeduplicationTest {

    private final SqsFixture sqs = new SqsFixture();
    private final String fifo = sqs.createFifoQueue("dedup.fifo");
    private final String contentBased = sqs.createFifoQueue("content.fifo", "ContentBasedDeduplication", "true");

    @Test
    void duplicateDeduplicationIdWithinFiveMinutesIsAcceptedButNotEnqueued() {
        SendMessageResult original = sqs.sendFifo(fifo, "payment", "g", "pay-1");
        sqs.advanceSeconds(299);

        SendMessageResult duplicate = sqs.sendFifo(fifo, "payment again", "g", "pay-1");

        assertThat(duplicate.messageId()).isEqualTo(original.messageId());
        assertThat(duplicate.sequenceNumber()).isEqualTo(original.sequenceNumber());
        assertThat(sqs.receiveBodies(fifo)).containsExactly("payment");
    }

    @Test
    void duplicateAfterFiveMinutesIsEnqueuedAsANewMessage() {
        SendMessageResult original = sqs.sendFifo(fifo, "payment", "g", "pay-1");
        sqs.advanceSeconds(300);

        SendMessageResult later = sqs.sendFifo(fifo, "payment", "g", "pay-1");

        assertThat(later.messageId()).isNotEqualTo(original.messageId());
        assertThat(sqs.counts(fifo).visible()).isEqualTo(2);
    }

    @Test
    void deduplicationHoldsEvenAfterTheOriginalWasDeleted() {
        SendMessageResult original = sqs.sendFifo(fifo, "payment", "g", "pay-1");
        Message received = sqs.receiveOne(fifo);
        sqs.delete(fifo, received.receiptHandle());

        SendMessageResult duplicate = sqs.sendFifo(fifo, "payment", "g", "pay-1");

        assertThat(duplicate.messageId()).isEqualTo(original.messageId());
        assertThat(sqs.receive(fifo)).isEmpty();
    }

    @Test
    void contentBasedDeduplicationDropsIdenticalBodies() {
        SendMessageResult original = sqs.sendFifo(contentBased, "same", "g", null);

        SendMessageResult duplicate = sqs.sendFifo(contentBased, "same", "other-group", null);
        sqs.sendFifo(contentBased, "different", "g", null);

        assertThat(duplicate.messageId()).isEqualTo(original.messageId());
        assertThat(sqs.receiveBodies(contentBased)).containsExactlyInAnyOrder("same", "different");
    }

    @Test
    void explicitDeduplicationIdWinsOverContentBasedDeduplication() {
        sqs.sendFifo(contentBased, "same", "g", "one");
        sqs.sendFifo(contentBased, "same", "g", "two");

        assertThat(sqs.receiveBodies(contentBased)).containsExactly("same", "same");
    }

    @Test
    void messageGroupScopeDeduplicatesWithinAGroupOnly() {
        String perGroup = sqs.createFifoQueue("per-group.fifo", "DeduplicationScope", "messageGroup");
        SendMessageResult original = sqs.sendFifo(perGroup, "a", "g1", "id");

        SendMessageResult sameGroup = sqs.sendFifo(perGroup, "b", "g1", "id");
        SendMessageResult otherGroup = sqs.sendFifo(perGroup, "c", "g2", "id");

        assertThat(sameGroup.messageId()).isEqualTo(original.messageId());
        assertThat(otherGroup.messageId()).isNotEqualTo(original.messageId());
        assertThat(sqs.receiveBodies(perGroup)).containsExactlyInAnyOrder("a", "c");
    }

    @Test
    void queueScopeDeduplicatesAcrossGroups() {
        SendMessageResult original = sqs.sendFifo(fifo, "a", "g1", "id");

        SendMessageResult otherGroup = sqs.sendFifo(fifo, "b", "g2", "id");

        assertThat(otherGroup.messageId()).isEqualTo(original.messageId());
        assertThat(sqs.receiveBodies(fifo)).containsExactly("a");
    }
}
