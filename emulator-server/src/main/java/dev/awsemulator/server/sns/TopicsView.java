package dev.awsemulator.server.sns;

import dev.awsemulator.core.sns.Delivery;
import dev.awsemulator.core.sns.PublishedMessage;
import dev.awsemulator.core.sns.SnsService;
import dev.awsemulator.core.sns.TopicOverview;
import dev.awsemulator.server.dashboard.AttributeView;
import dev.awsemulator.server.dashboard.Location;
import dev.awsemulator.server.dashboard.Preview;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every topic with its subscriptions and its latest published messages, each with what happened at
 * every subscription (delivered, filtered out by which rule, failed and why); messages published
 * straight to a platform endpoint or a phone number are listed apart.
 */
record TopicsView(int messagesPerTopic, List<TopicView> topics, List<PublishedView> directMessages) {

    static final int MESSAGES_PER_TOPIC = 20;

    record TopicView(String arn, String name, String account, String region, boolean fifo,
                     List<TopicOverview.SubscriptionOverview> subscriptions, int publishedCount,
                     List<PublishedView> latestMessages) {
    }

    record PublishedView(String messageId, String target, String timestamp, String subject, String messageGroupId,
                         String sequenceNumber, Preview message, Map<String, AttributeView> attributes,
                         List<DeliveryView> deliveries) {
    }

    record DeliveryView(String subscriptionArn, String protocol, String endpoint, String status, String reason,
                        int attempts) {
    }

    static TopicsView of(SnsService sns) {
        List<TopicOverview> topics = sns.overview();
        Map<String, List<PublishedMessage>> byTarget = new LinkedHashMap<>();
        for (PublishedMessage message : sns.publishedMessages()) {
            byTarget.computeIfAbsent(message.target(), target -> new ArrayList<>()).add(message);
        }
        List<TopicView> topicViews = topics.stream()
                .map(topic -> topic(topic, byTarget.getOrDefault(topic.arn(), List.of())))
                .toList();
        topics.forEach(topic -> byTarget.remove(topic.arn()));
        List<PublishedMessage> direct = byTarget.values().stream().flatMap(List::stream).toList();
        return new TopicsView(MESSAGES_PER_TOPIC, topicViews, newest(direct));
    }

    private static TopicView topic(TopicOverview topic, List<PublishedMessage> published) {
        Location location = Location.of(topic.arn());
        return new TopicView(topic.arn(), location.name(), location.account(), location.region(),
                location.name().endsWith(".fifo"), topic.subscriptions(), published.size(), newest(published));
    }

    /** The newest messages first, at most {@link #MESSAGES_PER_TOPIC} of them. */
    private static List<PublishedView> newest(List<PublishedMessage> oldestFirst) {
        List<PublishedMessage> newest = new ArrayList<>(
                oldestFirst.subList(Math.max(0, oldestFirst.size() - MESSAGES_PER_TOPIC), oldestFirst.size()));
        Collections.reverse(newest);
        return newest.stream().map(TopicsView::published).toList();
    }

    private static PublishedView published(PublishedMessage message) {
        return new PublishedView(message.messageId(), message.target(), message.timestamp().toString(),
                message.subject(), message.messageGroupId(), message.sequenceNumber(), Preview.of(message.message()),
                AttributeView.all(message.messageAttributes(),
                        value -> AttributeView.of(value.dataType(), value.stringValue(), value.binaryValue())),
                message.deliveries().stream().map(TopicsView::delivery).toList());
    }

    private static DeliveryView delivery(Delivery delivery) {
        return new DeliveryView(delivery.subscriptionArn(), delivery.protocol(), delivery.endpoint(),
                delivery.status().name(), delivery.reason(), delivery.attempts());
    }
}
