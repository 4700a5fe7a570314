package dev.awsemulator.spring.orders;

import io.awspring.cloud.sqs.annotation.SqsListener;
import org.springframework.stereotype.Component;

/**
 * The application's SQS consumers. A listener that returns acknowledges (deletes) the message; one that
 * throws leaves it to come back after its visibility timeout, and to the dead-letter queue after too many tries.
 */
@Component
public class OrderListeners {

    private final Processed processed;

    public OrderListeners(Processed processed) {
        this.processed = processed;
    }

    @SqsListener(OrderService.ORDERS)
    void onOrder(Order order) {
        if (order.amount() < 0) {
            throw new IllegalArgumentException("order " + order.id() + " has a negative amount");
        }
        processed.orders().add(order);
    }

    @SqsListener(OrderService.PAYMENTS)
    void onPayment(Payment payment) {
        processed.payments().add(payment);
    }
}
