package dev.awsemulator.spring.orders;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class FifoQueueTest extends OrderApplicationTest {

    @Test
    void eachCustomersPaymentsAreProcessedInTheOrderTheyWereMade() {
        List<Payment> ada = IntStream.rangeClosed(1, 5).mapToObj(i -> new Payment("ada", i)).toList();
        List<Payment> bob = IntStream.rangeClosed(1, 5).mapToObj(i -> new Payment("bob", i)).toList();
        for (int i = 0; i < 5; i++) {
            orders.pay(ada.get(i));
            orders.pay(bob.get(i));
        }

        await().atMost(Duration.ofSeconds(20)).until(() -> processed.payments().size() == 10);
        assertThat(processed.payments()).filteredOn(payment -> payment.customer().equals("ada")).containsExactlyElementsOf(ada);
        assertThat(processed.payments()).filteredOn(payment -> payment.customer().equals("bob")).containsExactlyElementsOf(bob);
        assertThat(aws.inspect().queue(OrderService.PAYMENTS)).allSatisfy(message ->
                assertThat(message.messageGroupId()).isIn("ada", "bob"));
    }
}
