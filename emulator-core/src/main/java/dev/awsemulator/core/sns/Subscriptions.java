package dev.awsemulator.core.sns;

import dev.awsemulator.core.common.Arn;
import dev.awsemulator.core.common.Caller;
import dev.awsemulator.core.common.Page;
import dev.awsemulator.core.sns.api.ConfirmSubscriptionRequest;
import dev.awsemulator.core.sns.api.GetSubscriptionAttributesResult;
import dev.awsemulator.core.sns.api.ListSubscriptionsResult;
import dev.awsemulator.core.sns.api.NextTokenRequest;
import dev.awsemulator.core.sns.api.SetSubscriptionAttributesRequest;
import dev.awsemulator.core.sns.api.SubscribeRequest;
import dev.awsemulator.core.sns.api.Subscription;
import dev.awsemulator.core.sns.api.SubscriptionArnResult;
import dev.awsemulator.core.sns.filter.FilterPolicy;
import dev.awsemulator.core.time.Clock;

import java.net.URI;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Subscribing, confirming and unsubscribing, with the confirmation messages HTTP/S and email subscribers
 * get, and the subscriptions' attributes and listings. Subscriptions take this object's lock, so one
 * endpoint never subscribes twice to a topic.
 */
final class Subscriptions {

    private static final Set<String> PROTOCOLS = Set.of("http", "https", "email", "email-json", "sms", "sqs",
            "application", "lambda", "firehose");
    private static final Set<String> CONFIRMED_BY_SUBSCRIBER = Set.of("http", "https", "email", "email-json");
    private static final int PAGE_SIZE = 100;

    private final Clock clock;
    private final TopicRegistry topics;
    private final Envelopes envelopes;
    private final Fanout fanout;
    private final PublishedMessages published;

    Subscriptions(Clock clock, TopicRegistry topics, Envelopes envelopes, Fanout fanout, PublishedMessages published) {
        this.clock = clock;
        this.topics = topics;
        this.envelopes = envelopes;
        this.fanout = fanout;
        this.published = published;
    }

    SubscriptionArnResult subscribe(Caller caller, TopicState topic, SubscribeRequest request) {
        String protocol = request.protocol() == null ? "" : request.protocol();
        if (!PROTOCOLS.contains(protocol)) {
            throw SnsError.invalidParameter("Amazon SNS does not support this protocol string: " + protocol);
        }
        String endpoint = Endpoints.validate(protocol, request.endpoint(), topic.fifo());
        Map<String, String> requested = request.attributes() == null ? Map.of() : request.attributes();
        Map<String, String> attributes = SubscriptionAttributes.apply(Map.of(), requested, protocol, true);
        FilterPolicy filter = SubscriptionAttributes.filter(attributes, true);
        synchronized (this) {
            for (TopicSubscription existing : topics.subscriptionsOf(topic.arn)) {
                if (existing.protocol.equals(protocol) && existing.endpoint.equals(endpoint)) {
                    if (!existing.attributes().equals(attributes)) {
                        throw SnsError.invalidParameter("Attributes Reason: Subscription already exists with "
                                + "different attributes");
                    }
                    return new SubscriptionArnResult(shownArn(existing, request.returnSubscriptionArn()));
                }
            }
            boolean pending = CONFIRMED_BY_SUBSCRIBER.contains(protocol);
            TopicSubscription subscription = new TopicSubscription(topic.arn + ":" + UUID.randomUUID(), topic.arn,
                    protocol, endpoint, caller.accountId(), token(), pending);
            subscription.attributes(attributes, filter);
            topics.add(subscription);
            if (pending) {
                askForConfirmation(topic, subscription, caller.endpoint());
            }
            return new SubscriptionArnResult(shownArn(subscription, request.returnSubscriptionArn()));
        }
    }

    private static String shownArn(TopicSubscription subscription, Boolean returnSubscriptionArn) {
        return subscription.pendingConfirmation() && !Boolean.TRUE.equals(returnSubscriptionArn)
                ? "pending confirmation" : subscription.arn;
    }

    private void askForConfirmation(TopicState topic, TopicSubscription subscription, URI endpoint) {
        String messageId = UUID.randomUUID().toString();
        String message = "You have chosen to subscribe to the topic " + topic.arn + ".\nTo confirm the subscription, "
                + "visit the SubscribeURL included in this message.";
        String body = envelopes.confirmation("SubscriptionConfirmation", messageId, topic.arn, subscription.token,
                message, clock.now(), topic.attributes().signatureVersion(), endpoint);
        if (subscription.protocol.startsWith("http")) {
            fanout.confirm("SubscriptionConfirmation", subscription, topic, messageId, body);
        } else {
            Delivery delivery = new Delivery(subscription.arn, subscription.protocol, subscription.endpoint,
                    Delivery.Status.RECORDED, "confirmation request with its SubscribeURL; no local mail server");
            published.record(new PublishedMessage(messageId, topic.arn, body,
                    "AWS Notification - Subscription Confirmation", Map.of(), clock.now(), null, null,
                    List.of(delivery)));
        }
    }

    /** The subscription of the topic that the confirmation token was sent for: InvalidParameter if none. */
    TopicSubscription withToken(TopicState topic, String token) {
        for (TopicSubscription subscription : topics.subscriptionsOf(topic.arn)) {
            if (subscription.token.equals(token)) {
                return subscription;
            }
        }
        throw SnsError.invalidParameter("Token");
    }

    static void confirm(TopicSubscription subscription, ConfirmSubscriptionRequest request) {
        subscription.confirm("true".equalsIgnoreCase(request.authenticateOnUnsubscribe()));
    }

    /** Ends the subscription; a confirmed HTTP/S subscriber is told, as AWS tells it. */
    void unsubscribe(Caller caller, TopicSubscription subscription) {
        topics.remove(subscription);
        TopicState topic = topics.get(subscription.topicArn);
        if (topic != null && subscription.protocol.startsWith("http") && !subscription.pendingConfirmation()) {
            String messageId = UUID.randomUUID().toString();
            String message = "You have chosen to deactivate subscription " + subscription.arn + ".\nTo cancel this "
                    + "operation and restore the subscription, visit the SubscribeURL included in this message.";
            fanout.confirm("UnsubscribeConfirmation", subscription, topic, messageId, envelopes.confirmation(
                    "UnsubscribeConfirmation", messageId, topic.arn, subscription.token, message, clock.now(),
                    topic.attributes().signatureVersion(), caller.endpoint()));
        }
    }

    GetSubscriptionAttributesResult getAttributes(TopicSubscription subscription) {
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("Owner", subscription.owner);
        attributes.put("RawMessageDelivery", "false");
        attributes.put("TopicArn", subscription.topicArn);
        attributes.put("Endpoint", subscription.endpoint);
        attributes.put("Protocol", subscription.protocol);
        attributes.put("PendingConfirmation", Boolean.toString(subscription.pendingConfirmation()));
        attributes.put("ConfirmationWasAuthenticated", Boolean.toString(subscription.confirmationWasAuthenticated()));
        attributes.put("SubscriptionArn", subscription.arn);
        // Who subscribed: the emulator knows the account, not the IAM identity, so it names the account's root.
        attributes.put("SubscriptionPrincipal", new Arn(Arn.parse(subscription.topicArn).partition(), "iam", "",
                subscription.owner, "root").toString());
        TopicState topic = topics.get(subscription.topicArn);
        if (topic != null && subscription.protocol.startsWith("http")) {
            DeliveryPolicy effective = Fanout.policy(topic, subscription);
            attributes.put("EffectiveDeliveryPolicy", TopicPolicies.effectiveDeliveryPolicy(effective));
        }
        attributes.putAll(subscription.attributes());
        if (!attributes.containsKey(SubscriptionAttributes.FILTER_POLICY)) {
            // Kept for a filter policy set later, but listed only beside one, as AWS lists it.
            attributes.remove(SubscriptionAttributes.FILTER_POLICY_SCOPE);
        }
        return new GetSubscriptionAttributesResult(attributes);
    }

    /** Changes one attribute; the caller holds the subscription's lock. */
    static void setAttributes(TopicSubscription subscription, SetSubscriptionAttributesRequest request) {
        if (request.attributeName() == null || request.attributeName().isEmpty()) {
            throw SnsError.invalidParameter("AttributeName");
        }
        Map<String, String> change = new LinkedHashMap<>();
        change.put(request.attributeName(), request.attributeValue());
        Map<String, String> next = SubscriptionAttributes.apply(subscription.attributes(), change,
                subscription.protocol, false);
        subscription.attributes(next, SubscriptionAttributes.filter(next, false));
    }

    ListSubscriptionsResult list(Caller caller, NextTokenRequest request) {
        List<TopicSubscription> mine = topics.subscriptions().stream()
                .filter(s -> SnsResources.listedFor(caller, s.topicArn)).toList();
        return page(mine, request.nextToken());
    }

    ListSubscriptionsResult listByTopic(TopicState topic, String nextToken) {
        return page(topics.subscriptionsOf(topic.arn), nextToken);
    }

    private static ListSubscriptionsResult page(List<TopicSubscription> all, String nextToken) {
        List<TopicSubscription> sorted = all.stream().sorted(Comparator.comparing(s -> s.arn)).toList();
        Page<TopicSubscription> page = Page.of(sorted, nextToken, PAGE_SIZE, s -> s.arn, SnsError::invalidNextToken);
        return new ListSubscriptionsResult(page.items().stream().map(s -> new Subscription(
                s.pendingConfirmation() ? "PendingConfirmation" : s.arn, s.owner, s.protocol, s.endpoint, s.topicArn))
                .toList(), page.nextToken());
    }

    private static String token() {
        return (UUID.randomUUID().toString() + UUID.randomUUID()).replace("-", "");
    }
}
