package dev.awsemulator.spring.orders;

import io.awspring.cloud.sns.core.SnsNotification;
import io.awspring.cloud.sns.core.SnsTemplate;
import io.awspring.cloud.sqs.operations.SqsTemplate;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.stereotype.Service;

import java.time.Duration;

/** Sends what the application produces: orders to SQS, events to SNS, payments to a FIFO queue, clicks to Kinesis. */
@Service
public class OrderService {

    public static final String ORDERS = "orders";
    public static final String ORDER_EVENTS = "order-events";
    public static final String PAYMENTS = "payments.fifo";
    public static final String CLICKS_OUT = "clicks-out-0";

    private final SqsTemplate sqs;
    private final SnsTemplate sns;
    private final StreamBridge streams;

    public OrderService(SqsTemplate sqs, SnsTemplate sns, StreamBridge streams) {
        this.sqs = sqs;
        this.sns = sns;
        this.streams = streams;
    }

    public void place(Order order) {
        sqs.send(to -> to.queue(ORDERS).payload(order));
    }

    /** An order placed for later: SQS holds it back for {@code delay}. */
    public void placeLater(Order order, Duration delay) {
        sqs.send(to -> to.queue(ORDERS).payload(order).delaySeconds((int) delay.toSeconds()));
    }

    /** Announces an order; subscribers filter on its {@code amount}, a Number message attribute. */
    public void announce(Order order) {
        sns.sendNotification(ORDER_EVENTS, SnsNotification.builder(order).header("amount", order.amount()).build());
    }

    public void pay(Payment payment) {
        sqs.send(to -> to.queue(PAYMENTS).payload(payment).messageGroupId(payment.customer()));
    }

    public void click(String page) {
        streams.send(CLICKS_OUT, page);
    }
}
