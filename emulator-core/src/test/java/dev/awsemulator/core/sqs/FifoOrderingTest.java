package dev.awsemulator.core.sqs;

import dev.awsemulator.core.sqs.api.ChangeMessageVisibilityRequest;
import dev.awsemulator.core.sqs.api.Message;
import dev.awsemulator.core.sqs.api.ReceiveMessageRequest;
import dev.awsemulator.core.testsupport.SqsFixture;
import dev.awsemulator.core.testsupport.SqsFixture.Counts;
import org.junit.jupiter.api.Test;

import java.math.BigInteger;
import java.util.List;

import static dev.awsemulator.core.testsupport.SqsFixture.receiveRequest;
import static org.assertj.core.api.Assertions.assertThat;

class FifoOrderingTest {

    private final SqsFixture sqs = new SqsFixture();
    private final String fifo = sqs.createFifoQueue("ordered.fifo", "ContentBasedDeduplication", "true");

    private void sendAll(String group, String... bodies) {
        for (String body : bodies) {
            sqs.sendFifo(fifo, body, group, null);
        }
    }

    private static List<String> bodiesOf(List<Message> messages) {
        return messages.stream().map(Message::body).toList();
    }

    @Test
    void messagesOfOneGroupArriveInSendOrder() {
        sendAll("g", "a", "b", "c", "d");

        assertThat(sqs.receiveBodies(fifo)).containsExactly("a", "b", "c", "d");
    }

    @Test
    void deletingTheHeadReleasesTheNextMessageOfTheGroup() {
        sendAll("g", "a", "b", "c");
        for (String expected : List.of("a", "b", "c")) {
            Message head = sqs.receiveOne(fifo);
            assertThat(head.body()).isEqualTo(expected);
            sqs.delete(fifo, head.receiptHandle());
        }
        assertThat(sqs.receive(fifo)).isEmpty();
    }

    @Test
    void groupIsBlockedWhileOneOfItsMessagesIsInFlightButOtherGroupsDeliver() {
        sendAll("blocked", "b1", "b2");
        sendAll("free", "f1", "f2");

        assertThat(sqs.receiveOne(fifo).body()).isEqualTo("b1");

        assertThat(sqs.receiveBodies(fifo)).containsExactly("f1", "f2");
        assertThat(sqs.receive(fifo)).isEmpty();
        assertThat(sqs.counts(fifo)).isEqualTo(new Counts(1, 3, 0));
    }

    @Test
    void blockedGroupResumesWithTheSameMessageWhenItsVisibilityTimeoutEnds() {
        sendAll("g", "first", "second");
        sqs.receive(fifo, 1, 10);

        sqs.assertReceivableAfterExactly(fifo, 10, "first", "second");
    }

    @Test
    void groupStaysBlockedWhileAnyOfItsReceivedMessagesIsInFlight() {
        sendAll("g", "a", "b");
        List<Message> both = sqs.receive(fifo, 10, 30);

        sqs.sqs.changeMessageVisibility(SqsFixture.CALLER,
                new ChangeMessageVisibilityRequest(fifo, both.get(0).receiptHandle(), 0));

        assertThat(sqs.receive(fifo)).as("b is still in flight").isEmpty();
        sqs.assertReceivableAfterExactly(fifo, 30, "a", "b");
    }

    @Test
    void sequenceNumbersAreTwentyDigitsAndIncreaseAcrossGroups() {
        String first = sqs.sendFifo(fifo, "1", "g1", null).sequenceNumber();
        String second = sqs.sendFifo(fifo, "2", "g2", null).sequenceNumber();
        String third = sqs.sendFifo(fifo, "3", "g1", null).sequenceNumber();

        assertThat(List.of(first, second, third)).allMatch(number -> number.matches("\\d{20}"));
        assertThat(new BigInteger(second)).isGreaterThan(new BigInteger(first));
        assertThat(new BigInteger(third)).isGreaterThan(new BigInteger(second));
    }

    @Test
    void receivedFifoMessageCarriesGroupDeduplicationAndSequenceAttributes() {
        String sequence = sqs.sendFifo(fifo, "body", "group-1", "dedup-1").sequenceNumber();

        Message received = sqs.receiveOne(fifo);

        assertThat(received.attributes())
                .containsEntry("MessageGroupId", "group-1")
                .containsEntry("MessageDeduplicationId", "dedup-1")
                .containsEntry("SequenceNumber", sequence);
    }

    @Test
    void retryWithTheSameReceiveRequestAttemptIdReturnsTheSameMessagesAndHandles() {
        sendAll("g", "a", "b");
        ReceiveMessageRequest attempt = receiveRequest(fifo, 10, 30, 0, "attempt-1");
        List<Message> first = sqs.receive(attempt);
        sqs.advanceSeconds(5);

        List<Message> retry = sqs.receive(attempt);

        assertThat(bodiesOf(first)).containsExactly("a", "b");
        assertThat(retry).extracting(Message::messageId)
                .containsExactlyElementsOf(first.stream().map(Message::messageId).toList());
        assertThat(retry).extracting(Message::receiptHandle)
                .containsExactlyElementsOf(first.stream().map(Message::receiptHandle).toList());
        assertThat(sqs.receive(receiveRequest(fifo, 10, 30, 0, "attempt-2"))).isEmpty();
    }

    @Test
    void retryWithTheSameReceiveRequestAttemptIdResetsTheVisibilityTimeout() {
        sendAll("g", "a");
        ReceiveMessageRequest attempt = receiveRequest(fifo, 10, 30, 0, "attempt-1");
        sqs.receive(attempt);
        sqs.advanceSeconds(20);

        sqs.receive(attempt);
        sqs.advanceSeconds(20);

        assertThat(sqs.counts(fifo)).isEqualTo(new Counts(0, 1, 0));
        sqs.advanceSeconds(10);
        assertThat(sqs.counts(fifo)).isEqualTo(new Counts(1, 0, 0));
    }

    @Test
    void attemptIdNoLongerRepeatsOnceAMessageOfItWasDeleted() {
        sendAll("g", "a", "b");
        ReceiveMessageRequest attempt = receiveRequest(fifo, 1, 30, 0, "attempt-1");
        Message first = sqs.receive(attempt).get(0);
        sqs.delete(fifo, first.receiptHandle());

        assertThat(bodiesOf(sqs.receive(attempt))).containsExactly("b");
    }

    @Test
    void attemptIdDoesNotReplayMessagesSinceReceivedByAnotherAttempt() {
        sendAll("g", "a");
        ReceiveMessageRequest attempt = receiveRequest(fifo, 1, 10, 0, "attempt-1");
        sqs.receive(attempt);
        sqs.advanceSeconds(10);
        Message other = sqs.receive(receiveRequest(fifo, 1, 30, 0, "attempt-2")).get(0);

        assertThat(sqs.receive(attempt)).isEmpty();

        sqs.delete(fifo, other.receiptHandle());
        assertThat(sqs.counts(fifo)).isEqualTo(new Counts(0, 0, 0));
    }

    @Test
    void attemptIdNoLongerRepeatsAfterTheVisibilityTimeout() {
        sendAll("g", "a");
        ReceiveMessageRequest attempt = receiveRequest(fifo, 1, 30, 0, "attempt-1");
        Message first = sqs.receive(attempt).get(0);
        sqs.advanceSeconds(30);

        Message again = sqs.receive(attempt).get(0);

        assertThat(again.messageId()).isEqualTo(first.messageId());
        assertThat(again.receiptHandle()).isNotEqualTo(first.receiptHandle());
        assertThat(again.attributes()).containsEntry("ApproximateReceiveCount", "2");
    }
}
