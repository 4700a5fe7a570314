package dev.awsemulator.spring;

import dev.awsemulator.junit.AwsEmulatorExtension;

import java.util.List;

/**
 * The settings that shape one emulator, as an {@link EmulatedAws} declares them: the key under which emulators
 * are shared in the JVM, and the test context's cache key, so Spring's context cache and emulator sharing agree.
 */
record EmulatorDefinition(String region, boolean virtualTime, List<String> queues, List<String> topics,
                          List<String> streams, String config) {

    static EmulatorDefinition of(EmulatedAws declared) {
        return new EmulatorDefinition(declared.region(), declared.virtualTime(), List.of(declared.queues()),
                List.of(declared.topics()), List.of(declared.streams()), declared.config());
    }

    AwsEmulatorExtension start() {
        return AwsEmulatorExtension.builder().config(config).region(region).virtualTime(virtualTime)
                .queue(queues.toArray(String[]::new)).topic(topics.toArray(String[]::new))
                .stream(streams.toArray(String[]::new)).start();
    }
}
