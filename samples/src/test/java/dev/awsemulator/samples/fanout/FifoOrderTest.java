package dev.awsemulator.samples.fanout;

import dev.awsemulator.junit.AwsEmulatorTest;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sqs.SqsClient;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The FIFO variant: orders of many customers interleave, each customer's stay in order. */
@AwsEmulatorTest
class FifoOrderTest {

    @Test
    void eachCustomersOrdersAreFulfilledInTheOrderTheyWerePlaced(SnsClient sns, SqsClient sqs) {
        OrderTopology.Fifo topology = new OrderTopology(sns, sqs).createFifo();
        OrderService service = new OrderService(sns, topology.topicArn());
        Map<String, List<String>> placed = new LinkedHashMap<>();
        for (int i = 1; i <= 5; i++) {
            for (String customer : List.of("c-1", "c-2", "c-3")) {
                Order order = Order.of(customer + "-order-" + i, customer, 100L * i, "DE");
                service.place(order);
                placed.computeIfAbsent(customer, c -> new ArrayList<>()).add(order.orderId());
            }
        }

        Map<String, List<String>> fulfilled = new LinkedHashMap<>();
        new QueueWorker(sqs, topology.fulfilment(), 0, message -> {
            Order order = Order.fromDelivery(message.body());
            fulfilled.computeIfAbsent(order.customerId(), c -> new ArrayList<>()).add(order.orderId());
        }).drain();

        assertThat(fulfilled).isEqualTo(placed);
    }
}
