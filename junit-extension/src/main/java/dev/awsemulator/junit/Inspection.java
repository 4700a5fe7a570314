package dev.awsemulator.junit;

import dev.awsemulator.core.Emulator;
import dev.awsemulator.core.common.Arn;
import dev.awsemulator.core.kinesis.api.DataRecord;
import dev.awsemulator.core.sns.PublishedMessage;
import dev.awsemulator.core.sqs.PeekedMessage;
import dev.awsemulator.server.requests.HandledRequest;

import java.util.List;
import java.util.Map;

/**
 * What the emulator holds and has seen, read without changing anything: a queue's messages stay as
 * visible as they were and their receive counts stay put.
 */
public final class Inspection {

    private final Emulator emulator;
    private final ResourceAddresses addresses;
    private final Journal journal;
    private final boolean ownAccountOnly;

    Inspection(Emulator emulator, ResourceAddresses addresses, Journal journal, boolean ownAccountOnly) {
        this.emulator = emulator;
        this.addresses = addresses;
        this.journal = journal;
        this.ownAccountOnly = ownAccountOnly;
    }

    /** The messages in the named queue (of the handle's account and region), oldest first. */
    public List<PeekedMessage> queue(String queueName) {
        return emulator.sqs().peek(addresses.queueArn(queueName));
    }

    /** How many receives are waiting on the named queue: lets a test advance time once a long poll arrived. */
    public int waitingReceives(String queueName) {
        return emulator.sqs().waitingReceives(addresses.queueArn(queueName));
    }

    /**
     * Every message published to SNS since the last reset, each with what happened at each
     * subscription: delivered, filtered out (and by which rule), failed (and why). With account-per-test,
     * only those published to the handle's account's topics and platform endpoints (SMS names no account).
     */
    public List<PublishedMessage> publishedMessages() {
        List<PublishedMessage> all = emulator.sns().publishedMessages();
        if (!ownAccountOnly) {
            return all;
        }
        String account = addresses.caller().accountId();
        return all.stream().filter(message -> accountOf(message.target()).equals(account)).toList();
    }

    /** The account field of an ARN; empty for a phone number. */
    private static String accountOf(String target) {
        Arn arn = Arn.parse(target);
        return arn == null ? "" : arn.accountId();
    }

    /** The messages published to the named topic. */
    public List<PublishedMessage> publishedTo(String topicName) {
        String arn = addresses.topicArn(topicName);
        return publishedMessages().stream().filter(message -> message.target().equals(arn)).toList();
    }

    /**
     * Every record in the named stream (of the handle's account and region), per shard in sequence
     * order, closed shards included; reading them here counts against no iterator of the test.
     */
    public Map<String, List<DataRecord>> streamRecords(String streamName) {
        return emulator.kinesis().records(addresses.caller(), streamName);
    }

    /**
     * Every request answered since the last reset: operation, protocol, status, error code. With
     * account-per-test, a test's handle shows the requests of its account; the class's handle the rest.
     */
    public List<HandledRequest> requests() {
        return journal.entries();
    }
}
