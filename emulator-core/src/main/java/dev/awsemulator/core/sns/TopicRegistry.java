package dev.awsemulator.core.sns;

import dev.awsemulator.core.common.Arn;
import dev.awsemulator.core.persistence.RestoredState;
import dev.awsemulator.core.persistence.StateJournal;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Every topic and subscription of every account and region, found by ARN as the operations address them.
 * Topics and subscriptions are journaled here as they come and go: created before any request can reach
 * them, dropped as they leave.
 */
final class TopicRegistry {

    private static final Pattern SUBSCRIPTION_ID =
            Pattern.compile("\\p{XDigit}{8}-\\p{XDigit}{4}-\\p{XDigit}{4}-\\p{XDigit}{4}-\\p{XDigit}{12}");

    private final Map<String, TopicState> topics = new ConcurrentHashMap<>();
    private final Map<String, TopicSubscription> subscriptions = new ConcurrentHashMap<>();
    private final TopicJournal journal;

    TopicRegistry(TopicJournal journal) {
        this.journal = journal;
    }

    /** The topic a request names by TopicArn: InvalidParameter unless it is a topic ARN, NotFound if there is none. */
    TopicState topic(String arn) {
        TopicState topic = named(arn);
        if (topic == null) {
            throw SnsError.NOT_FOUND.exception("Topic does not exist");
        }
        return topic;
    }

    /** The topic a request names by TopicArn, or null if there is none: InvalidParameter unless it is a topic ARN. */
    TopicState named(String arn) {
        Arn parsed = SnsResources.required("TopicArn", arn);
        if (parsed.resource().contains(":") || parsed.resource().contains("/")) {
            throw SnsError.invalidParameter("TopicArn");
        }
        return topics.get(arn);
    }

    /** The topic a tagging operation names by ResourceArn: ResourceNotFound if there is none. */
    TopicState taggable(String arn) {
        TopicState topic = arn == null ? null : topics.get(arn);
        if (topic == null) {
            throw SnsError.RESOURCE_NOT_FOUND.exception("Resource does not exist");
        }
        return topic;
    }

    /** The topic with this ARN, or null. */
    TopicState get(String arn) {
        return topics.get(arn);
    }

    Collection<TopicState> topics() {
        return topics.values();
    }

    /** A new topic, journaled first: whatever an earlier topic of the same ARN left is gone. */
    void add(TopicState topic) {
        journal.created(topic);
        topics.put(topic.arn, topic);
    }

    /** Takes out the topic with its subscriptions, in memory and in the journal. */
    void remove(TopicState topic) {
        if (topics.remove(topic.arn, topic)) {
            subscriptions.values().removeIf(subscription -> subscription.topicArn.equals(topic.arn));
            journal.deleted(topic.arn);
        }
    }

    /** The subscription a request names by SubscriptionArn: as {@link #existing(String)}, NotFound if none. */
    TopicSubscription subscription(String arn) {
        TopicSubscription subscription = existing(arn);
        if (subscription == null) {
            throw SnsError.NOT_FOUND.exception("Subscription does not exist");
        }
        return subscription;
    }

    /**
     * The subscription a request names by SubscriptionArn, or null: InvalidParameter unless an SNS ARN whose
     * resource is a topic name and a subscription id (a UUID).
     */
    TopicSubscription existing(String arn) {
        String resource = SnsResources.required("SubscriptionArn", arn).resource();
        int idStart = resource.lastIndexOf(':') + 1;
        if (idStart == 0 || !SUBSCRIPTION_ID.matcher(resource.substring(idStart)).matches()) {
            throw SnsError.invalidParameter("SubscriptionId");
        }
        return subscriptions.get(arn);
    }

    /** A topic's subscriptions, by ARN. */
    List<TopicSubscription> subscriptionsOf(String topicArn) {
        return subscriptions.values().stream().filter(s -> s.topicArn.equals(topicArn))
                .sorted(Comparator.comparing(s -> s.arn)).toList();
    }

    Collection<TopicSubscription> subscriptions() {
        return subscriptions.values();
    }

    /** A new subscription, journaled first. */
    void add(TopicSubscription subscription) {
        journal.changed(subscription);
        subscriptions.put(subscription.arn, subscription);
    }

    void remove(TopicSubscription subscription) {
        subscriptions.remove(subscription.arn);
        journal.unsubscribed(subscription);
    }

    /** Deletes every topic and subscription, in memory only: a reset starts the journal again itself. */
    void clear() {
        topics.clear();
        subscriptions.clear();
    }

    /** Writes every topic and subscription, for a snapshot. */
    void export(StateJournal out, long now) {
        TopicJournal.export(topics.values(), subscriptions.values(), now, out);
    }

    /** Puts back the topics and subscriptions a data directory kept. */
    void restore(RestoredState state, long now) {
        for (String scope : state.scopes(TopicJournal.TOPIC)) {
            TopicState topic = TopicJournal.topic(state.image(scope, TopicJournal.TOPIC, TopicJournal.TOPIC_ID),
                    state.images(scope, TopicJournal.DEDUPLICATION).values(), now);
            topics.put(topic.arn, topic);
            state.images(scope, TopicJournal.SUBSCRIPTION).values().forEach(image -> {
                TopicSubscription subscription = TopicJournal.subscription(image);
                subscriptions.put(subscription.arn, subscription);
            });
        }
    }
}
