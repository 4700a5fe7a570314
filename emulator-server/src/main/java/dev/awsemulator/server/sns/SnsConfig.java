package dev.awsemulator.server.sns;

import com.fasterxml.jackson.databind.JsonNode;
import dev.awsemulator.core.sns.SnsService;
import dev.awsemulator.core.sns.api.CreateTopicRequest;
import dev.awsemulator.core.sns.api.SubscribeRequest;
import dev.awsemulator.core.sns.api.Tag;
import dev.awsemulator.server.config.ConfigCheck;
import dev.awsemulator.server.config.ConfigSection;
import dev.awsemulator.server.config.ConfigTarget;
import dev.awsemulator.server.config.ConfigValues;
import dev.awsemulator.server.config.NamedSection;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The config file's {@code topics}, created with CreateTopic, and {@code subscriptions}, made with
 * Subscribe and confirmed; a subscription names a queue of the config's {@code queues} section.
 */
public final class SnsConfig {

    public static final ConfigSection<Topic> TOPICS = new Topics();
    public static final ConfigSection<Subscription> SUBSCRIPTIONS = new Subscriptions();

    private SnsConfig() {
    }

    /** A topic; a name ending in {@code .fifo} makes a FIFO topic. */
    public record Topic(String name, Map<String, String> attributes, Map<String, String> tags) {
        public Topic {
            attributes = ConfigValues.map(attributes);
            tags = ConfigValues.map(tags);
        }
    }

    /**
     * A topic's subscription: to a declared {@code queue} by name, or to an HTTP(S) {@code endpoint}.
     * {@code filterPolicy} is a JSON object (or its text); the other subscription attributes go in
     * {@code attributes}.
     */
    public record Subscription(String topic, String queue, String endpoint, Boolean rawMessageDelivery,
                               JsonNode filterPolicy, String filterPolicyScope, Map<String, String> attributes) {
        public Subscription {
            attributes = ConfigValues.map(attributes);
        }
    }

    private static final class Topics extends NamedSection<Topic> {

        Topics() {
            super("topics", Topic.class, Topic::name);
        }

        @Override
        public String create(Topic topic, ConfigTarget target) {
            Map<String, String> attributes = new LinkedHashMap<>(topic.attributes());
            if (topic.name().endsWith(".fifo")) {
                attributes.putIfAbsent("FifoTopic", "true");
            }
            List<Tag> tags = topic.tags().entrySet().stream().map(tag -> new Tag(tag.getKey(), tag.getValue())).toList();
            return target.service(SnsService.class).createTopic(target.caller(),
                    new CreateTopicRequest(topic.name(), attributes, tags, null)).topicArn();
        }
    }

    private static final class Subscriptions implements ConfigSection<Subscription> {

        @Override
        public String key() {
            return "subscriptions";
        }

        @Override
        public Class<Subscription> entryType() {
            return Subscription.class;
        }

        @Override
        public String describe(Subscription subscription) {
            return "(" + subscription.topic() + " -> "
                    + (subscription.queue() != null ? subscription.queue() : subscription.endpoint()) + ")";
        }

        @Override
        public void check(List<Subscription> subscriptions, ConfigCheck check) {
            for (int i = 0; i < subscriptions.size(); i++) {
                Subscription subscription = subscriptions.get(i);
                if (!check.declares(TOPICS.key(), subscription.topic())) {
                    check.problem(i, "topic " + ConfigValues.quoted(subscription.topic()) + " is not a topic of "
                            + check.scope());
                }
                if ((subscription.queue() == null) == (subscription.endpoint() == null)) {
                    check.problem(i, "needs either a queue or an endpoint");
                } else if (subscription.queue() != null && !check.declares("queues", subscription.queue())) {
                    check.problem(i, "queue \"" + subscription.queue() + "\" is not a queue of " + check.scope());
                } else if (subscription.endpoint() != null && !subscription.endpoint().startsWith("http://")
                        && !subscription.endpoint().startsWith("https://")) {
                    check.problem(i, "endpoint \"" + subscription.endpoint() + "\" must be an http:// or https:// URL");
                }
            }
        }

        @Override
        public String create(Subscription subscription, ConfigTarget target) {
            Map<String, String> attributes = new LinkedHashMap<>(subscription.attributes());
            if (subscription.rawMessageDelivery() != null) {
                attributes.put("RawMessageDelivery", subscription.rawMessageDelivery().toString());
            }
            if (subscription.filterPolicy() != null) {
                attributes.put("FilterPolicy", subscription.filterPolicy().isTextual()
                        ? subscription.filterPolicy().asText() : subscription.filterPolicy().toString());
            }
            if (subscription.filterPolicyScope() != null) {
                attributes.put("FilterPolicyScope", subscription.filterPolicyScope());
            }
            boolean toQueue = subscription.queue() != null;
            String protocol = toQueue ? "sqs" : subscription.endpoint().substring(0, subscription.endpoint().indexOf(':'));
            String endpoint = toQueue ? target.arn("queues", subscription.queue()) : subscription.endpoint();
            target.service(SnsService.class).subscribe(target.caller(), new SubscribeRequest(
                    target.arn(TOPICS.key(), subscription.topic()), protocol, endpoint, attributes, true));
            return null;
        }
    }
}
