package dev.awsemulator.junit;

import dev.awsemulator.core.Emulator;
import dev.awsemulator.core.common.AwsException;
import dev.awsemulator.core.kinesis.api.CreateStreamRequest;
import dev.awsemulator.core.sns.api.CreateTopicRequest;
import dev.awsemulator.core.sns.api.SubscribeRequest;
import dev.awsemulator.core.sqs.api.CreateQueueRequest;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

import java.util.List;
import java.util.Map;

/**
 * The queues, topics, subscriptions and streams a test class declares; created when the emulator
 * starts and again, empty, after every reset.
 */
record Resources(List<Declared> queues, List<Declared> topics, List<Subscription> subscriptions,
                 List<Stream> streams) {

    record Declared(String name, Map<String, String> attributes) {
    }

    record Subscription(String topic, String queue, Map<String, String> attributes) {
    }

    record Stream(String name, int shardCount) {
    }

    Resources {
        queues = List.copyOf(queues);
        topics = List.copyOf(topics);
        subscriptions = List.copyOf(subscriptions);
        streams = List.copyOf(streams);
    }

    /** FIFO resources are named {@code *.fifo} on AWS, so the name alone says which kind is meant. */
    static Map<String, String> byName(String name, String fifoAttribute) {
        return name.endsWith(".fifo") ? Map.of(fifoAttribute, "true") : Map.of();
    }

    void createIn(Emulator emulator, ResourceAddresses addresses) {
        try {
            queues.forEach(queue -> emulator.sqs().createQueue(addresses.caller(),
                    new CreateQueueRequest(queue.name(), queue.attributes(), Map.of())));
            topics.forEach(topic -> emulator.sns().createTopic(addresses.caller(),
                    new CreateTopicRequest(topic.name(), topic.attributes(), List.of(), null)));
            subscriptions.forEach(subscription -> emulator.sns().subscribe(addresses.caller(),
                    new SubscribeRequest(addresses.topicArn(subscription.topic()), "sqs",
                            addresses.queueArn(subscription.queue()), subscription.attributes(), true)));
            streams.forEach(stream -> emulator.kinesis().createStream(addresses.caller(),
                    new CreateStreamRequest(stream.name(), stream.shardCount(), null, null, null, null)));
        } catch (AwsException e) {
            throw new ExtensionConfigurationException("A declared resource is invalid: "
                    + e.errorCode().code() + ": " + e.getMessage(), e);
        }
    }
}
