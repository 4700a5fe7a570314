package dev.awsemulator.core.sqs;

import dev.awsemulator.core.testsupport.SqsFixture;
import dev.awsemulator.core.testsupport.SqsFixture.Counts;
import org.junit.jupiter.api.Test;

import static dev.awsemulator.core.testsupport.SqsFixture.assertAwsError;
import static org.assertj.core.api.Assertions.assertThat;

class DelayAndRetentionTest {

    private final SqsFixture sqs = new SqsFixture();

    @Test
    void perMessageDelayHidesMessageUntilItEnds() {
        String queue = sqs.createQueue("delayed");
        sqs.sendDelayed(queue, "later", 5);

        assertThat(sqs.receive(queue)).isEmpty();
        assertThat(sqs.counts(queue)).isEqualTo(new Counts(0, 0, 1));

        sqs.advanceSeconds(5);
        assertThat(sqs.counts(queue)).isEqualTo(new Counts(1, 0, 0));
        assertThat(sqs.receiveBodies(queue)).containsExactly("later");
    }

    @Test
    void queueDelaySecondsAppliesToEveryMessage() {
        String queue = sqs.createQueue("slow-start", "DelaySeconds", "10");
        sqs.send(queue, "queued");

        sqs.assertReceivableAfterExactly(queue, 10, "queued");
    }

    @Test
    void perMessageDelayOverridesQueueDelay() {
        String queue = sqs.createQueue("slow-start", "DelaySeconds", "60");
        sqs.sendDelayed(queue, "quick", 0);
        sqs.sendDelayed(queue, "soon", 2);

        assertThat(sqs.receiveBodies(queue)).containsExactly("quick");
        sqs.advanceSeconds(2);
        assertThat(sqs.receiveBodies(queue)).containsExactly("soon");
    }

    @Test
    void delayOutsideZeroToFifteenMinutesIsRejectedAndNothingIsSent() {
        String queue = sqs.createQueue("delayed");

        assertAwsError(() -> sqs.sendDelayed(queue, "too late", 901), SqsError.INVALID_PARAMETER_VALUE,
                "Value 901 for parameter DelaySeconds is invalid. Reason: DelaySeconds must be >= 0 and <= 900.");
        assertAwsError(() -> sqs.sendDelayed(queue, "negative", -1), SqsError.INVALID_PARAMETER_VALUE);

        assertThat(sqs.counts(queue)).isEqualTo(new Counts(0, 0, 0));
    }

    @Test
    void approximateCountsTrackVisibleInFlightAndDelayedMessages() {
        String queue = sqs.createQueue("counted");
        sqs.send(queue, "visible-1");
        sqs.send(queue, "visible-2");
        sqs.send(queue, "in-flight");
        sqs.sendDelayed(queue, "delayed", 30);
        sqs.receive(queue, 1, null);

        assertThat(sqs.counts(queue)).isEqualTo(new Counts(2, 1, 1));

        sqs.advanceSeconds(30);
        assertThat(sqs.counts(queue)).isEqualTo(new Counts(4, 0, 0));
    }

    @Test
    void messagesExpireAfterTheRetentionPeriod() {
        String queue = sqs.createQueue("short-lived", "MessageRetentionPeriod", "60");
        sqs.send(queue, "old");
        sqs.advanceSeconds(30);
        sqs.send(queue, "young");

        sqs.advanceSeconds(30);

        assertThat(sqs.counts(queue)).isEqualTo(new Counts(1, 0, 0));
        assertThat(sqs.receiveBodies(queue)).containsExactly("young");
    }

    @Test
    void inFlightMessageExpiresAtTheRetentionPeriodToo() {
        String queue = sqs.createQueue("short-lived", "MessageRetentionPeriod", "60");
        sqs.send(queue, "slow");
        sqs.receive(queue, 1, 600);

        sqs.advanceSeconds(60);
        assertThat(sqs.counts(queue)).isEqualTo(new Counts(0, 0, 0));

        sqs.advanceSeconds(600);
        assertThat(sqs.receive(queue)).isEmpty();
    }

    @Test
    void defaultRetentionIsFourDays() {
        String queue = sqs.createQueue("default-retention");
        sqs.send(queue, "kept");

        sqs.advanceSeconds(345_599);
        assertThat(sqs.counts(queue).visible()).isEqualTo(1);

        sqs.advanceSeconds(1);
        assertThat(sqs.counts(queue).visible()).isZero();
        assertThat(sqs.receive(queue)).isEmpty();
    }
}
