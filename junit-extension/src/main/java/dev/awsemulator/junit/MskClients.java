package dev.awsemulator.junit;

import software.amazon.awssdk.services.kafka.KafkaClient;

/** The Amazon MSK control-plane client (the SDK names it after the {@code kafka} signing name). */
final class MskClients {

    private MskClients() {
    }

    static final class Sync implements ClientFactory {
        @Override
        public AutoCloseable create(AwsEmulator aws) {
            return aws.configure(KafkaClient.builder()).httpClientBuilder(SyncHttp.builder()).build();
        }
    }
}
