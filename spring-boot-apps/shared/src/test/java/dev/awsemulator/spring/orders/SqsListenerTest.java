package dev.awsemulator.spring.orders;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class SqsListenerTest extends OrderApplicationTest {

    @Test
    void theListenerReceivesWhatTheTemplateSentAndAcknowledgesIt() {
        Order order = new Order("o-1", "ada", 25);

        orders.place(order);

        await().atMost(Duration.ofSeconds(20)).until(() -> processed.orders().contains(order));
        // Acknowledgements are sent in batches, within a second by default.
        await().atMost(Duration.ofSeconds(20)).until(() -> aws.inspect().queue("orders").isEmpty());
        assertThat(processed.orders()).containsExactly(order);
    }
}
