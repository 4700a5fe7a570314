package dev.awsemulator.core.sns;

import java.util.List;

/** A topic and its subscriptions, for tools that show every topic of every account and region. */
public record TopicOverview(String arn, List<SubscriptionOverview> subscriptions) {

    /**
     * One subscription as its owner configured it.
     *
     * @param filterPolicy      the filter policy as given, null when it takes every message
     * @param filterPolicyScope {@code MessageAttributes} or {@code MessageBody}, null when unset
     */
    public record SubscriptionOverview(String arn, String protocol, String endpoint, boolean pendingConfirmation,
                                       boolean rawMessageDelivery, String filterPolicy, String filterPolicyScope) {
    }
}
