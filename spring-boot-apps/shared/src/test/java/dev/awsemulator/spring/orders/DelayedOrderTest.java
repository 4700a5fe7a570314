package dev.awsemulator.spring.orders;

import dev.awsemulator.core.sqs.PeekedMessage;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A delayed message stays with SQS until virtual time passes its delay; then the waiting listener gets it. */
class DelayedOrderTest extends OrderApplicationTest {

    @Test
    void aDelayedOrderIsProcessedOnlyOnceTheClockPassesItsDelay() {
        Order order = new Order("o-later", "ada", 40);

        orders.placeLater(order, Duration.ofMinutes(2));

        assertThat(aws.inspect().queue("orders")).singleElement()
                .satisfies(message -> assertThat(message.state()).isEqualTo(PeekedMessage.State.DELAYED));
        aws.clock().advance(Duration.ofSeconds(119));
        assertThat(aws.inspect().queue("orders")).singleElement()
                .satisfies(message -> assertThat(message.state()).isEqualTo(PeekedMessage.State.DELAYED));
        assertThat(processed.orders()).isEmpty();

        aws.clock().advance(Duration.ofSeconds(1));

        await().atMost(Duration.ofSeconds(20)).until(() -> processed.orders().contains(order));
    }
}
