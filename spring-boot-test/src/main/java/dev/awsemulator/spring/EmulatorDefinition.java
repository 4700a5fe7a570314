package dev.awsemulator.spring;

import dev.awsemulator.junit.AwsEmulatorExtension;
import dev.awsemulator.junit.AwsEmulatorExtensionBuilder;

import java.util.List;
import java.util.Map;

/**
 * The settings that shape one emulator, as an {@link EmulatedAws} declares them: the key under which emulators
 * are shared in the JVM, and the test context's cache key, so Spring's context cache and emulator sharing agree.
 */
record EmulatorDefinition(String region, boolean virtualTime, List<String> queues, List<String> topics,
                          List<String> streams, String config, List<String> clusters, List<String> activeMqBrokers,
                          List<String> rabbitMqBrokers, String mqUsername, String mqPassword) {

    /** The MSK configuration of the declared clusters: topics made on first use, as a local Kafka makes them. */
    private static final String CLUSTER_CONFIGURATION = "emulated-aws-auto-create-topics";

    static EmulatorDefinition of(EmulatedAws declared) {
        return new EmulatorDefinition(declared.region(), declared.virtualTime(), List.of(declared.queues()),
                List.of(declared.topics()), List.of(declared.streams()), declared.config(),
                List.of(declared.clusters()), List.of(declared.activeMqBrokers()), List.of(declared.rabbitMqBrokers()),
                declared.mqUsername(), declared.mqPassword());
    }

    AwsEmulatorExtension start() {
        AwsEmulatorExtensionBuilder builder = AwsEmulatorExtension.builder().config(config).region(region)
                .virtualTime(virtualTime).queue(queues.toArray(String[]::new)).topic(topics.toArray(String[]::new))
                .stream(streams.toArray(String[]::new));
        if (!clusters.isEmpty()) {
            builder.resource("mskConfigurations", Map.of("name", CLUSTER_CONFIGURATION,
                    "serverProperties", Map.of("auto.create.topics.enable", "true")));
        }
        clusters.forEach(name -> builder.resource("mskClusters", Map.of("name", name,
                "configuration", CLUSTER_CONFIGURATION)));
        activeMqBrokers.forEach(name -> builder.activeMqBroker(name, mqUsername, mqPassword));
        rabbitMqBrokers.forEach(name -> builder.rabbitMqBroker(name, mqUsername, mqPassword));
        return builder.start();
    }
}
