package dev.awsemulator.spring.orders;

import dev.awsemulator.core.sns.Delivery;
import dev.awsemulator.core.sqs.PeekedMessage;
import dev.awsemulator.spring.EmulatedAws;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The template's notification fans out to two queues; one subscription's filter policy lets only large orders
 * through. Each test starts from empty queues: the same emulator as the base class's, reset before each test too.
 */
@EmulatedAws(config = "orders-emulator.yaml", virtualTime = true, resetBeforeEachTest = true)
class SnsFanoutTest extends OrderApplicationTest {

    @Test
    void everyOrderReachesTheAuditQueueAndOnlyLargeOnesTheFilteredQueue() {
        orders.announce(new Order("o-small", "ada", 20));
        orders.announce(new Order("o-large", "bob", 1500));

        assertThat(aws.inspect().queue("audit")).extracting(PeekedMessage::body)
                .satisfiesExactly(body -> assertThat(body).contains("o-small"), body -> assertThat(body).contains("o-large"));
        assertThat(aws.inspect().queue("large-orders")).singleElement()
                .satisfies(message -> assertThat(message.body()).contains("o-large"));
    }

    @Test
    void theFilteredOutDeliveryNamesTheRuleThatRejectedIt() {
        orders.announce(new Order("o-small", "ada", 20));

        assertThat(aws.inspect().publishedTo(OrderService.ORDER_EVENTS)).singleElement().satisfies(published -> {
            assertThat(published.messageAttributes()).containsKey("amount");
            assertThat(published.deliveries()).extracting(Delivery::status)
                    .containsExactlyInAnyOrder(Delivery.Status.DELIVERED, Delivery.Status.FILTERED_OUT);
            assertThat(published.deliveries()).filteredOn(delivery -> delivery.status() == Delivery.Status.FILTERED_OUT)
                    .singleElement().satisfies(delivery -> {
                        assertThat(delivery.endpoint()).endsWith(":large-orders");
                        assertThat(delivery.reason()).contains("amount");
                    });
        });
    }
}
