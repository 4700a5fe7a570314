package dev.awsemulator.spring.orders;

import dev.awsemulator.core.sqs.PeekedMessage;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A message the listener fails on comes back after its visibility timeout, on virtual time, then goes to the DLQ. */
class DeadLetterQueueTest extends OrderApplicationTest {

    private static final Duration VISIBILITY_TIMEOUT = Duration.ofSeconds(30);

    @Test
    void anOrderTheListenerCannotProcessEndsInTheDeadLetterQueueAfterTwoReceives() {
        orders.place(new Order("o-bad", "bob", -1));
        awaitReceives(1);

        aws.clock().advance(VISIBILITY_TIMEOUT.minusSeconds(1));
        assertThat(receiveCount()).as("still hidden one second before its timeout").isEqualTo(1);

        aws.clock().advance(Duration.ofSeconds(1));
        awaitReceives(2);

        aws.clock().advance(VISIBILITY_TIMEOUT);
        await().atMost(Duration.ofSeconds(20)).until(() -> !aws.inspect().queue("orders-dlq").isEmpty());
        assertThat(aws.inspect().queue("orders")).isEmpty();
        assertThat(aws.inspect().queue("orders-dlq")).singleElement()
                .satisfies(message -> assertThat(message.body()).contains("o-bad"));
        assertThat(processed.orders()).isEmpty();
    }

    private void awaitReceives(int count) {
        await().atMost(Duration.ofSeconds(20)).until(() -> receiveCount() == count);
    }

    private int receiveCount() {
        List<PeekedMessage> queued = aws.inspect().queue("orders");
        return queued.isEmpty() ? 0 : queued.get(0).receiveCount();
    }
}
