package dev.awsemulator.core.sns;

import dev.awsemulator.core.common.JsonDocuments;
import dev.awsemulator.core.sns.filter.FilterPolicy;

import java.util.LinkedHashMap;
import java.util.Map;

/** A subscription: who receives a topic's messages, how, and which ones (its filter policy). */
final class TopicSubscription {

    final String arn;
    final String topicArn;
    final String protocol;
    final String endpoint;
    final String owner;
    final String token;
    private volatile Map<String, String> attributes;
    private volatile FilterPolicy filter;
    private volatile boolean pendingConfirmation;
    private volatile boolean authenticated;

    TopicSubscription(String arn, String topicArn, String protocol, String endpoint, String owner, String token,
                      boolean pendingConfirmation) {
        this.arn = arn;
        this.topicArn = topicArn;
        this.protocol = protocol;
        this.endpoint = endpoint;
        this.owner = owner;
        this.token = token;
        this.attributes = Map.of();
        this.pendingConfirmation = pendingConfirmation;
        // A subscription that needs no subscriber's confirmation was made by an authenticated caller.
        this.authenticated = !pendingConfirmation;
    }

    Map<String, String> attributes() {
        return attributes;
    }

    FilterPolicy filter() {
        return filter;
    }

    /** Replaces the settable attributes, with the filter compiled from them. */
    synchronized void attributes(Map<String, String> next, FilterPolicy compiledFilter) {
        attributes = Map.copyOf(new LinkedHashMap<>(next));
        filter = compiledFilter;
    }

    boolean pendingConfirmation() {
        return pendingConfirmation;
    }

    void confirm(boolean authenticatedUnsubscribe) {
        pendingConfirmation = false;
        authenticated = authenticatedUnsubscribe;
    }

    boolean confirmationWasAuthenticated() {
        return authenticated;
    }

    boolean rawMessageDelivery() {
        return "true".equals(attributes.get(SubscriptionAttributes.RAW_MESSAGE_DELIVERY));
    }

    String redriveTargetArn() {
        String policy = attributes.get(SubscriptionAttributes.REDRIVE_POLICY);
        return policy == null ? null : JsonDocuments.parseObject(policy).path("deadLetterTargetArn").asText(null);
    }
}
