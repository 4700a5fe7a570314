package dev.awsemulator.core.sqs;

import dev.awsemulator.core.sqs.api.Message;
import dev.awsemulator.core.sqs.api.MessageAttributeValue;
import dev.awsemulator.core.sqs.api.ReceiveMessageRequest;
import dev.awsemulator.core.sqs.api.SendMessageResult;
import dev.awsemulator.core.testsupport.SqsFixture;
import dev.awsemulator.core.testsupport.SqsFixture.Counts;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class StandardQueueMessagesTest {

    private final SqsFixture sqs = new SqsFixture();
    private final String queue = sqs.createQueue("orders");

    @Test
    void sendReturnsMessageIdAndBodyDigest() {
        SendMessageResult sent = sqs.send(queue, "hello world");

        assertThat(sent.messageId()).isNotBlank();
        assertThat(sent.md5OfMessageBody()).isEqualTo("5eb63bbbe01eeed093cb22bb8f5acdc3");
        assertThat(sent.md5OfMessageAttributes()).isNull();
        assertThat(sent.sequenceNumber()).isNull();
    }

    @Test
    void receiveReturnsTheSentMessage() {
        SendMessageResult sent = sqs.send(queue, "hello world");

        Message received = sqs.receiveOne(queue);

        assertThat(received.messageId()).isEqualTo(sent.messageId());
        assertThat(received.body()).isEqualTo("hello world");
        assertThat(received.md5OfBody()).isEqualTo(sent.md5OfMessageBody());
        assertThat(received.receiptHandle()).isNotBlank();
    }

    @Test
    void receiveOnEmptyQueueReturnsNothingAtOnce() {
        assertThat(sqs.receive(queue)).isEmpty();
    }

    @Test
    void receiveReturnsAtMostMaxNumberOfMessages() {
        for (int i = 0; i < 5; i++) {
            sqs.send(queue, "m" + i);
        }

        assertThat(sqs.receive(queue, 3, null)).hasSize(3);
        assertThat(sqs.receive(queue, 10, null)).hasSize(2);
    }

    @Test
    void deleteRemovesTheMessageForGood() {
        sqs.send(queue, "bye");
        Message received = sqs.receiveOne(queue);

        sqs.delete(queue, received.receiptHandle());
        sqs.advanceSeconds(31);

        assertThat(sqs.receive(queue)).isEmpty();
        assertThat(sqs.counts(queue)).isEqualTo(new Counts(0, 0, 0));
    }

    @Test
    void deletingTheSameHandleTwiceSucceeds() {
        sqs.send(queue, "twice");
        Message received = sqs.receiveOne(queue);
        sqs.delete(queue, received.receiptHandle());

        sqs.delete(queue, received.receiptHandle());

        assertThat(sqs.counts(queue)).isEqualTo(new Counts(0, 0, 0));
    }

    @Test
    void receiveReturnsSystemAttributesAndDigestOfRequestedMessageAttributesOnly() {
        sqs.sendWithAttributes(queue, "with attributes", Map.of(
                "attr1", MessageAttributeValue.string("value1"),
                "other", MessageAttributeValue.number("7")));

        ReceiveMessageRequest onlyAttr1 = new ReceiveMessageRequest(queue, null,
                List.of("SenderId", "ApproximateReceiveCount", "SentTimestamp"), List.of("attr1"), 1, null, 0, null);
        Message received = sqs.receive(onlyAttr1).get(0);

        assertThat(received.messageAttributes()).containsOnlyKeys("attr1");
        assertThat(received.md5OfMessageAttributes()).isEqualTo("3bc3f392bdd1097ba0b434f65d468d2e");
        assertThat(received.attributes())
                .containsEntry("SenderId", "000000000000")
                .containsEntry("ApproximateReceiveCount", "1")
                .containsEntry("SentTimestamp", Long.toString(sqs.clock.millis()))
                .doesNotContainKey("MessageGroupId");
    }

    @Test
    void approximateReceiveCountGrowsWithEachReceive() {
        sqs.send(queue, "again");
        sqs.receive(queue, 1, 0);

        Message second = sqs.receive(queue, 1, 0).get(0);

        assertThat(second.attributes()).containsEntry("ApproximateReceiveCount", "2");
    }
}
