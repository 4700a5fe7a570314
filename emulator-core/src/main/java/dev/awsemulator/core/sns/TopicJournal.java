package dev.awsemulator.core.sns;

import dev.awsemulator.core.common.DeduplicationWindow;
import dev.awsemulator.core.persistence.StateJournal;
import dev.awsemulator.core.persistence.StateKind;

import java.util.Collection;
import java.util.Map;

/**
 * What SNS records in the state journal: topics and their subscriptions, as images separate from the
 * in-memory classes. A topic's ARN is the scope of the topic and of its subscriptions, so deleting the
 * topic drops them together, as the service does.
 */
final class TopicJournal {

    static final StateKind<TopicImage> TOPIC = new StateKind<>("sns.topic", TopicImage.class);
    static final StateKind<SubscriptionImage> SUBSCRIPTION =
            new StateKind<>("sns.subscription", SubscriptionImage.class);
    static final StateKind<DeduplicationImage> DEDUPLICATION =
            new StateKind<>("sns.deduplication", DeduplicationImage.class);
    /** The id of the topic's own image within its scope; subscription ids are their ARNs. */
    static final String TOPIC_ID = "";

    record TopicImage(String arn, String name, String owner, Map<String, String> attributes,
                      String dataProtectionPolicy, Map<String, String> tags, long sequence) {
    }

    record SubscriptionImage(String arn, String topicArn, String protocol, String endpoint, String owner,
                             String token, Map<String, String> attributes, boolean pendingConfirmation,
                             boolean authenticated) {
    }

    /** A FIFO publish within its deduplication window; the newest also tells the topic's sequence. */
    record DeduplicationImage(String key, String messageId, String sequenceNumber, long expiresAt) {
    }

    private final StateJournal journal;

    TopicJournal(StateJournal journal) {
        this.journal = journal;
    }

    /** A new topic: whatever an earlier topic of the same ARN left is gone. */
    void created(TopicState topic) {
        if (journal.enabled()) {
            journal.drop(topic.arn);
            changed(topic);
        }
    }

    /** Journals the topic as it is now; the image is read and written under its lock, so the last write wins. */
    void changed(TopicState topic) {
        if (journal.enabled()) {
            synchronized (topic) {
                journal.put(TOPIC, topic.arn, TOPIC_ID, image(topic));
            }
        }
    }

    /** A FIFO topic's publish: its deduplication record, which also carries the sequence number it took. */
    void published(TopicState topic, DeduplicationWindow.Entry record) {
        if (journal.enabled()) {
            journal.put(DEDUPLICATION, topic.arn, "dedup:" + record.key(), new DeduplicationImage(record.key(),
                    record.messageId(), record.sequenceNumber(), record.expiresAt()));
        }
    }

    void deleted(String topicArn) {
        if (journal.enabled()) {
            journal.drop(topicArn);
        }
    }

    void changed(TopicSubscription subscription) {
        if (journal.enabled()) {
            synchronized (subscription) {
                journal.put(SUBSCRIPTION, subscription.topicArn, subscription.arn, image(subscription));
            }
        }
    }

    void unsubscribed(TopicSubscription subscription) {
        if (journal.enabled()) {
            journal.remove(subscription.topicArn, subscription.arn);
        }
    }

    static TopicImage image(TopicState topic) {
        return new TopicImage(topic.arn, topic.name, topic.owner, topic.attributes().all(),
                topic.dataProtectionPolicy(), topic.tags().snapshot(), topic.sequence());
    }

    static SubscriptionImage image(TopicSubscription subscription) {
        return new SubscriptionImage(subscription.arn, subscription.topicArn, subscription.protocol,
                subscription.endpoint, subscription.owner, subscription.token, subscription.attributes(),
                subscription.pendingConfirmation(), subscription.confirmationWasAuthenticated());
    }

    /** The topic an image describes, with the deduplication records kept for it. */
    static TopicState topic(TopicImage image, Collection<DeduplicationImage> deduplications, long now) {
        TopicState topic = new TopicState(image.arn(), image.name(), image.owner(),
                TopicAttributes.restored(image.attributes()), image.dataProtectionPolicy());
        topic.tags().putAll(image.tags());
        topic.restore(image.sequence(), deduplications.stream().map(record -> new DeduplicationWindow.Entry(
                record.key(), record.messageId(), record.sequenceNumber(), record.expiresAt())).toList(), now);
        return topic;
    }

    static TopicSubscription subscription(SubscriptionImage image) {
        TopicSubscription subscription = new TopicSubscription(image.arn(), image.topicArn(), image.protocol(),
                image.endpoint(), image.owner(), image.token(), image.pendingConfirmation());
        subscription.attributes(image.attributes(), SubscriptionAttributes.filter(image.attributes(), false));
        if (!image.pendingConfirmation()) {
            subscription.confirm(image.authenticated());
        }
        return subscription;
    }

    /** Writes every topic and subscription, for a snapshot. */
    static void export(Iterable<TopicState> topics, Iterable<TopicSubscription> subscriptions, long now,
                       StateJournal out) {
        TopicJournal writer = new TopicJournal(out);
        for (TopicState topic : topics) {
            writer.changed(topic);
            synchronized (topic) {
                topic.deduplications(now).forEach(record -> writer.published(topic, record));
            }
        }
        subscriptions.forEach(writer::changed);
    }
}
