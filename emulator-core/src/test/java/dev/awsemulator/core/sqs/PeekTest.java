package dev.awsemulator.core.sqs;

import dev.awsemulator.core.common.Caller;
import dev.awsemulator.core.sqs.PeekedMessage.State;
import dev.awsemulator.core.sqs.api.CreateQueueRequest;
import dev.awsemulator.core.testsupport.SqsFixture;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class PeekTest {

    private final SqsFixture sqs = new SqsFixture();
    private final String queue = sqs.createQueue("work");

    @Test
    void peekShowsEveryMessageInSendOrderWithItsState() {
        sqs.send(queue, "first");
        sqs.send(queue, "second");
        sqs.sendDelayed(queue, "later", 10);
        sqs.receive(queue, 1, null);

        assertThat(sqs.sqs.peek(SqsFixture.arnOf("work")))
                .extracting(PeekedMessage::body, PeekedMessage::state, PeekedMessage::receiveCount)
                .containsExactly(
                        tuple("first", State.IN_FLIGHT, 1),
                        tuple("second", State.VISIBLE, 0),
                        tuple("later", State.DELAYED, 0));
    }

    @Test
    void peekChangesNeitherVisibilityNorReceiveCounts() {
        sqs.send(queue, "job");

        sqs.sqs.peek(SqsFixture.arnOf("work"));
        sqs.sqs.peek(SqsFixture.arnOf("work"));

        assertThat(sqs.receiveOne(queue).attributes()).containsEntry("ApproximateReceiveCount", "1");
    }

    @Test
    void peekWithALimitShowsTheOldestMessagesOnly() {
        sqs.send(queue, "first");
        sqs.send(queue, "second");
        sqs.send(queue, "third");

        assertThat(sqs.sqs.peek(SqsFixture.arnOf("work"), 2)).extracting(PeekedMessage::body)
                .containsExactly("first", "second");
    }

    @Test
    void overviewCountsTheMessagesOfEveryQueueOfEveryAccountAndRegion() {
        sqs.send(queue, "first");
        sqs.send(queue, "second");
        sqs.sendDelayed(queue, "later", 10);
        sqs.receive(queue, 1, null);
        Caller elsewhere = new Caller("123456789012", "eu-west-1", SqsFixture.CALLER.endpoint());
        sqs.sqs.createQueue(elsewhere, new CreateQueueRequest("far", null, null));

        assertThat(sqs.sqs.overview()).containsExactly(
                new QueueOverview("arn:aws:sqs:eu-west-1:123456789012:far", 0, 0, 0, 0),
                new QueueOverview(SqsFixture.arnOf("work"), 1, 1, 1, 0));
    }

    @Test
    void peekSkipsExpiredMessagesAndUnknownQueues() {
        sqs.setAttributes(queue, "MessageRetentionPeriod", "60");
        sqs.send(queue, "old");
        sqs.advanceSeconds(60);

        assertThat(sqs.sqs.peek(SqsFixture.arnOf("work"))).isEmpty();
        assertThat(sqs.sqs.peek(SqsFixture.arnOf("missing"))).isEmpty();
    }
}
