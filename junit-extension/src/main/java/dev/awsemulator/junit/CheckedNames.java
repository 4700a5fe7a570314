package dev.awsemulator.junit;

import dev.awsemulator.core.Emulator;

/** The addresses of one account's resources, made only for names that account holds. */
final class CheckedNames {

    private final Emulator emulator;
    private final ResourceAddresses addresses;

    CheckedNames(Emulator emulator, ResourceAddresses addresses) {
        this.emulator = emulator;
        this.addresses = addresses;
    }

    String queueUrl(String queueName) {
        return addresses.queueUrl(ResourceKind.QUEUE.checked(emulator, addresses.caller(), queueName));
    }

    String queueArn(String queueName) {
        return addresses.queueArn(ResourceKind.QUEUE.checked(emulator, addresses.caller(), queueName));
    }

    String topicArn(String topicName) {
        return addresses.topicArn(ResourceKind.TOPIC.checked(emulator, addresses.caller(), topicName));
    }

    String streamName(String streamName) {
        return ResourceKind.STREAM.checked(emulator, addresses.caller(), streamName);
    }
}
