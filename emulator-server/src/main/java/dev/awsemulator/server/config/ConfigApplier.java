package dev.awsemulator.server.config;

import dev.awsemulator.core.Emulator;
import dev.awsemulator.core.common.AwsException;
import dev.awsemulator.core.common.Caller;
import dev.awsemulator.core.kinesis.api.CreateStreamRequest;
import dev.awsemulator.core.kinesis.api.RegisterStreamConsumerRequest;
import dev.awsemulator.core.kinesis.api.StreamModeDetails;
import dev.awsemulator.core.kinesis.api.StreamRequest;
import dev.awsemulator.core.sns.api.CreateTopicRequest;
import dev.awsemulator.core.sns.api.SubscribeRequest;
import dev.awsemulator.core.sns.api.Tag;
import dev.awsemulator.core.sqs.api.CreateQueueRequest;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Creates a config file's resources through the services' public operations, as API calls would,
 * so a bad attribute is refused with AWS's own error, prefixed with the entry it came from.
 */
public final class ConfigApplier {

    private final Emulator emulator;
    private final Caller caller;
    private final Map<String, String> queueArns = new HashMap<>();
    private final Map<String, String> topicArns = new HashMap<>();

    private ConfigApplier(Emulator emulator, Caller caller) {
        this.emulator = emulator;
        this.caller = caller;
    }

    /** Creates every resource of {@code config} in the caller's account and region. */
    public static void apply(EmulatorConfig config, Emulator emulator, Caller caller) {
        new ConfigApplier(emulator, caller).createAll(config);
    }

    private void createAll(EmulatorConfig config) {
        for (EmulatorConfig.Queue queue : config.queuesInCreationOrder()) {
            run(EmulatorConfig.entry("queues", config.queues().indexOf(queue), queue.name()), () -> createQueue(queue));
        }
        List<EmulatorConfig.Topic> topics = config.topics();
        for (int i = 0; i < topics.size(); i++) {
            EmulatorConfig.Topic topic = topics.get(i);
            run(EmulatorConfig.entry("topics", i, topic.name()), () -> createTopic(topic));
        }
        List<EmulatorConfig.Subscription> subscriptions = config.subscriptions();
        for (int i = 0; i < subscriptions.size(); i++) {
            EmulatorConfig.Subscription subscription = subscriptions.get(i);
            run("subscriptions[" + i + "] (" + subscription.describe() + "): ", () -> subscribe(subscription));
        }
        List<EmulatorConfig.Stream> streams = config.streams();
        for (int i = 0; i < streams.size(); i++) {
            EmulatorConfig.Stream stream = streams.get(i);
            run(EmulatorConfig.entry("streams", i, stream.name()), () -> createStream(stream));
        }
    }

    private void createQueue(EmulatorConfig.Queue queue) {
        Map<String, String> attributes = new LinkedHashMap<>(queue.attributes());
        if (queue.name().endsWith(".fifo")) {
            attributes.putIfAbsent("FifoQueue", "true");
        }
        EmulatorConfig.DeadLetterQueue dlq = queue.deadLetterQueue();
        if (dlq != null) {
            attributes.put("RedrivePolicy", "{\"deadLetterTargetArn\":\"" + queueArns.get(dlq.name()) + "\""
                    + (dlq.maxReceiveCount() == null ? "" : ",\"maxReceiveCount\":" + dlq.maxReceiveCount()) + "}");
        }
        String url = emulator.sqs().createQueue(caller, new CreateQueueRequest(queue.name(), attributes, queue.tags()))
                .queueUrl();
        queueArns.put(queue.name(), emulator.sqs().queueArn(caller, url));
    }

    private void createTopic(EmulatorConfig.Topic topic) {
        Map<String, String> attributes = new LinkedHashMap<>(topic.attributes());
        if (topic.name().endsWith(".fifo")) {
            attributes.putIfAbsent("FifoTopic", "true");
        }
        List<Tag> tags = topic.tags().entrySet().stream().map(tag -> new Tag(tag.getKey(), tag.getValue())).toList();
        topicArns.put(topic.name(), emulator.sns().createTopic(caller,
                new CreateTopicRequest(topic.name(), attributes, tags, null)).topicArn());
    }

    private void subscribe(EmulatorConfig.Subscription subscription) {
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
        String endpoint = toQueue ? queueArns.get(subscription.queue()) : subscription.endpoint();
        emulator.sns().subscribe(caller, new SubscribeRequest(topicArns.get(subscription.topic()), protocol, endpoint,
                attributes, true));
    }

    private void createStream(EmulatorConfig.Stream stream) {
        boolean onDemand = "ON_DEMAND".equals(stream.mode());
        Integer shards = stream.shardCount() != null || onDemand ? stream.shardCount() : Integer.valueOf(1);
        emulator.kinesis().createStream(caller, new CreateStreamRequest(stream.name(), shards,
                stream.mode() == null ? null : new StreamModeDetails(stream.mode()),
                stream.tags().isEmpty() ? null : stream.tags(), null, null));
        if (!stream.consumers().isEmpty()) {
            String arn = emulator.kinesis().describeStreamSummary(caller, new StreamRequest(stream.name(), null))
                    .streamDescriptionSummary().streamARN();
            stream.consumers().forEach(consumer -> emulator.kinesis().registerStreamConsumer(caller,
                    new RegisterStreamConsumerRequest(arn, consumer, null)));
        }
    }

    private static void run(String entry, Runnable creation) {
        try {
            creation.run();
        } catch (AwsException e) {
            throw new ConfigException(entry + e.errorCode().code() + ": " + e.getMessage(), e);
        }
    }
}
