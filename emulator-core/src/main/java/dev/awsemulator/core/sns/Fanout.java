package dev.awsemulator.core.sns;

import dev.awsemulator.core.common.DeferredText;
import dev.awsemulator.core.common.MemoizedSupplier;
import dev.awsemulator.core.sns.api.MessageAttributeValue;
import dev.awsemulator.core.sns.delivery.DeliveredAttribute;
import dev.awsemulator.core.sns.delivery.DeliveryFailedException;
import dev.awsemulator.core.sns.delivery.HttpDelivery;
import dev.awsemulator.core.sns.delivery.QueueDelivery;
import dev.awsemulator.core.sns.filter.FilterAttribute;
import dev.awsemulator.core.sns.filter.FilterPolicy;
import dev.awsemulator.core.sns.filter.MatchResult;
import dev.awsemulator.core.sns.filter.MessageBody;
import dev.awsemulator.core.time.Clock;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Offers a published message to each subscription: filter, then deliver by protocol. Queue
 * deliveries happen before publish returns, in publish order, so every queue of a FIFO topic sees
 * the same order; HTTP deliveries are asynchronous and retried on the clock per the delivery policy, and
 * their envelopes are signed as they are sent, off the publishing thread.
 */
final class Fanout {

    /** More message attributes than this are discarded for raw delivery to SQS, as AWS discards them. */
    private static final int MAX_RAW_SQS_ATTRIBUTES = 10;
    /** A queue refusing a delivery is told nowhere else: the publish itself succeeded. */
    private static final System.Logger LOG = System.getLogger(Fanout.class.getName());

    private final QueueDelivery queues;
    private final HttpSender http;
    private final Envelopes envelopes;

    Fanout(Clock clock, QueueDelivery queues, HttpDelivery httpDelivery, Envelopes envelopes) {
        this.queues = queues;
        this.http = new HttpSender(clock, httpDelivery);
        this.envelopes = envelopes;
    }

    List<Delivery> deliver(TopicState topic, Notification notification, List<TopicSubscription> subscriptions,
                           URI endpoint) {
        List<Delivery> deliveries = new ArrayList<>();
        PublishSignatures signatures = envelopes.signatures(topic.attributes().signatureVersion());
        MemoizedSupplier<MessageBody> body = new MemoizedSupplier<>(() -> MessageBody.parse(notification.message()));
        for (TopicSubscription subscription : subscriptions) {
            if (subscription.pendingConfirmation()) {
                continue;
            }
            MatchResult match = matches(subscription.filter(), notification, body);
            if (!match.matched()) {
                deliveries.add(new Delivery(subscription.arn, subscription.protocol, subscription.endpoint,
                        Delivery.Status.FILTERED_OUT, match.reason()));
                continue;
            }
            deliveries.add(deliverTo(topic, subscription, notification, signatures, endpoint));
        }
        return deliveries;
    }

    private static MatchResult matches(FilterPolicy filter, Notification notification, Supplier<MessageBody> body) {
        if (filter == null) {
            return new MatchResult(true, null);
        }
        if (filter.scope() == FilterPolicy.Scope.MESSAGE_BODY) {
            return filter.matchBody(body.get());
        }
        Map<String, FilterAttribute> attributes = new LinkedHashMap<>();
        notification.attributes().forEach((name, value) ->
                attributes.put(name, new FilterAttribute(value.dataType(), value.stringValue())));
        return filter.matchAttributes(attributes);
    }

    private Delivery deliverTo(TopicState topic, TopicSubscription subscription, Notification notification,
                               PublishSignatures signatures, URI endpoint) {
        Delivery delivery = new Delivery(subscription.arn, subscription.protocol, subscription.endpoint,
                Delivery.Status.PENDING, null);
        boolean raw = subscription.rawMessageDelivery();
        DeferredText body = raw ? DeferredText.of(notification.messageFor(subscription.protocol))
                : envelopes.notification(notification, subscription.protocol, subscription.arn, topic.fifo(),
                signatures, endpoint);
        switch (subscription.protocol) {
            case "sqs" -> deliverToQueue(subscription, notification, body, raw, delivery);
            case "http", "https" -> http.send(delivery, URI.create(subscription.endpoint),
                    headers(notification, subscription, raw), body,
                    policy(topic, subscription), () -> redrive(subscription, notification, body, raw, delivery));
            default -> {
                delivery.attempted();
                delivery.update(Delivery.Status.RECORDED, "no local " + subscription.protocol
                        + " endpoint; kept for inspection");
            }
        }
        return delivery;
    }

    private void deliverToQueue(TopicSubscription subscription, Notification notification, DeferredText body,
                                boolean raw, Delivery delivery) {
        delivery.attempted();
        if (raw && notification.attributes().size() > MAX_RAW_SQS_ATTRIBUTES) {
            delivery.update(Delivery.Status.FAILED, "more than " + MAX_RAW_SQS_ATTRIBUTES
                    + " message attributes for a raw delivery to SQS: discarded as a client error");
            return;
        }
        try {
            sendToQueue(subscription.endpoint, notification, body, raw);
            delivery.update(Delivery.Status.DELIVERED, null);
        } catch (DeliveryFailedException e) {
            delivery.update(Delivery.Status.FAILED, e.getMessage());
            redrive(subscription, notification, body, raw, delivery);
            LOG.log(System.Logger.Level.WARNING, "SNS message {0} from {1} not delivered to {2}: {3}",
                    notification.messageId(), notification.topicArn(), subscription.endpoint, delivery.reason());
        }
    }

    private void sendToQueue(String queueArn, Notification notification, DeferredText body, boolean raw) {
        Map<String, DeliveredAttribute> attributes = new LinkedHashMap<>();
        if (raw) {
            notification.attributes().forEach((name, value) -> attributes.put(name, delivered(value)));
        }
        // A standard queue takes no deduplication id: a FIFO topic's copy to it is delivered without one.
        String deduplicationId = queueArn.endsWith(".fifo") ? notification.messageDeduplicationId() : null;
        queues.send(queueArn, body, attributes, notification.messageGroupId(), deduplicationId);
    }

    /** After a failed delivery: to the subscription's dead-letter queue, if it has one. */
    private void redrive(TopicSubscription subscription, Notification notification, DeferredText body, boolean raw,
                         Delivery delivery) {
        String deadLetterArn = subscription.redriveTargetArn();
        if (deadLetterArn == null) {
            return;
        }
        try {
            sendToQueue(deadLetterArn, notification, body, raw);
            delivery.update(Delivery.Status.REDRIVEN, delivery.reason() + "; sent to " + deadLetterArn);
        } catch (DeliveryFailedException e) {
            delivery.update(Delivery.Status.FAILED, delivery.reason() + "; dead-letter queue failed too: "
                    + e.getMessage());
        }
    }

    private static DeliveredAttribute delivered(MessageAttributeValue value) {
        return new DeliveredAttribute(value.dataType(), value.stringValue(), value.binaryValue());
    }

    private static Map<String, String> headers(Notification notification, TopicSubscription subscription, boolean raw) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("x-amz-sns-message-type", "Notification");
        headers.put("x-amz-sns-message-id", notification.messageId());
        headers.put("x-amz-sns-topic-arn", notification.topicArn());
        headers.put("x-amz-sns-subscription-arn", subscription.arn);
        if (raw) {
            headers.put("x-amz-sns-rawdelivery", "true");
        }
        return headers;
    }

    /** The subscription's delivery policy unless the topic forbids overrides, else the topic's, else AWS's. */
    static DeliveryPolicy policy(TopicState topic, TopicSubscription subscription) {
        String topicPolicy = topic.attributes().get(TopicAttributes.DELIVERY_POLICY);
        String own = subscription.attributes().get(SubscriptionAttributes.DELIVERY_POLICY);
        if (own != null && !DeliveryPolicy.disablesOverrides(topicPolicy)) {
            return DeliveryPolicy.parse(own);
        }
        return topicPolicy != null ? DeliveryPolicy.parse(topicPolicy) : DeliveryPolicy.DEFAULT;
    }

    /** Sends a confirmation document to an HTTP/S subscriber, with the usual retries. */
    void confirm(String type, TopicSubscription subscription, TopicState topic, String messageId, String body) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("x-amz-sns-message-type", type);
        headers.put("x-amz-sns-message-id", messageId);
        headers.put("x-amz-sns-topic-arn", topic.arn);
        if (!type.equals("SubscriptionConfirmation")) {
            headers.put("x-amz-sns-subscription-arn", subscription.arn);
        }
        Delivery delivery = new Delivery(subscription.arn, subscription.protocol, subscription.endpoint,
                Delivery.Status.PENDING, null);
        http.send(delivery, URI.create(subscription.endpoint), headers, DeferredText.of(body),
                policy(topic, subscription), () -> { });
    }
}
