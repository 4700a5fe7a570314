package dev.awsemulator.samples.fanout;

import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sns.model.MessageAttributeValue;
import software.amazon.awssdk.services.sns.model.PublishRequest;

import java.util.Map;

/**
 * Publishes {@code OrderPlaced} events. The amount and customer also travel as message attributes,
 * because attribute filter policies (the fraud queue's) never look at the body. On a FIFO topic the
 * customer is the message group, so each customer's orders arrive in order, and the order id
 * deduplicates a retried publish.
 */
public final class OrderService {

    private final SnsClient sns;
    private final String topicArn;

    public OrderService(SnsClient sns, String topicArn) {
        this.sns = sns;
        this.topicArn = topicArn;
    }

    /** Returns the SNS message id. */
    public String place(Order order) {
        PublishRequest.Builder publish = PublishRequest.builder()
                .topicArn(topicArn)
                .message(order.toJson())
                .messageAttributes(Map.of(
                        "eventType", string("OrderPlaced"),
                        "customerId", string(order.customerId()),
                        "amount", MessageAttributeValue.builder().dataType("Number")
                                .stringValue(Long.toString(order.amount())).build()));
        if (topicArn.endsWith(".fifo")) {
            publish.messageGroupId(order.customerId()).messageDeduplicationId(order.orderId());
        }
        return sns.publish(publish.build()).messageId();
    }

    private static MessageAttributeValue string(String value) {
        return MessageAttributeValue.builder().dataType("String").stringValue(value).build();
    }
}
