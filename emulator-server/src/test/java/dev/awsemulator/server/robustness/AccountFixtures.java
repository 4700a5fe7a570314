package dev.awsemulator.server.robustness;

import dev.awsemulator.core.Emulator;
import dev.awsemulator.core.common.AwsException;
import dev.awsemulator.core.common.Caller;
import dev.awsemulator.core.kinesis.api.CreateStreamRequest;
import dev.awsemulator.core.kinesis.api.DescribeStreamRequest;
import dev.awsemulator.core.kinesis.api.GetRecordsRequest;
import dev.awsemulator.core.kinesis.api.GetShardIteratorRequest;
import dev.awsemulator.core.kinesis.api.ListStreamConsumersRequest;
import dev.awsemulator.core.kinesis.api.ListStreamsRequest;
import dev.awsemulator.core.kinesis.api.ListTagsForStreamRequest;
import dev.awsemulator.core.kinesis.api.RegisterStreamConsumerRequest;
import dev.awsemulator.core.kinesis.api.Shard;
import dev.awsemulator.core.sns.api.CreateTopicRequest;
import dev.awsemulator.core.sns.api.NextTokenRequest;
import dev.awsemulator.core.sns.api.Topic;
import dev.awsemulator.core.sns.api.TopicArnRequest;
import dev.awsemulator.core.sqs.api.CreateQueueRequest;
import dev.awsemulator.core.sqs.api.GetQueueAttributesRequest;
import dev.awsemulator.core.sqs.api.ListQueuesRequest;
import dev.awsemulator.core.sqs.api.QueueUrlRequest;

import java.net.URI;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The resources the fuzzer's seed requests name, in one account, and that account's observable
 * state, read in-process, so a rejected request can be shown to have changed nothing.
 */
final class AccountFixtures {

    static final String QUEUE = "fuzz-queue";
    static final String DEAD_LETTER_QUEUE = "fuzz-dlq";
    static final String TOPIC = "fuzz-topic";
    static final String STREAM = "fuzz-stream";
    static final String CONSUMER = "fuzz-consumer";

    private final Emulator emulator;
    private final Caller caller;

    AccountFixtures(Emulator emulator, String accountId, URI endpoint) {
        this.emulator = emulator;
        this.caller = new Caller(accountId, "us-east-1", endpoint);
    }

    String accountId() {
        return caller.accountId();
    }

    String queueUrl(String name) {
        return caller.endpoint() + "/" + caller.accountId() + "/" + name;
    }

    String queueArn(String name) {
        return "arn:aws:sqs:us-east-1:" + caller.accountId() + ":" + name;
    }

    String topicArn() {
        return "arn:aws:sns:us-east-1:" + caller.accountId() + ":" + TOPIC;
    }

    String streamArn() {
        return "arn:aws:kinesis:us-east-1:" + caller.accountId() + ":stream/" + STREAM;
    }

    /** Creates whatever a successful mutated request (DeleteQueue, DeleteStream, ...) took away. */
    void ensure() {
        quietly(() -> emulator.sqs().createQueue(caller, new CreateQueueRequest(QUEUE, Map.of(), Map.of())));
        quietly(() -> emulator.sqs().createQueue(caller, new CreateQueueRequest(DEAD_LETTER_QUEUE, Map.of(), Map.of())));
        quietly(() -> emulator.sns().createTopic(caller, new CreateTopicRequest(TOPIC, Map.of(), List.of(), null)));
        quietly(() -> {
            emulator.kinesis().createStream(caller, new CreateStreamRequest(STREAM, 2, null, Map.of(), null, null));
            return null;
        });
        quietly(() -> emulator.kinesis().registerStreamConsumer(caller,
                new RegisterStreamConsumerRequest(streamArn(), CONSUMER, Map.of())));
    }

    /** A TRIM_HORIZON iterator of the stream's first shard, or a made-up one if the stream is gone. */
    String shardIterator() {
        try {
            return emulator.kinesis().getShardIterator(caller, new GetShardIteratorRequest(STREAM,
                    "shardId-000000000000", "TRIM_HORIZON", null, null, null)).shardIterator();
        } catch (AwsException e) {
            return "AAAAAAAAAAG3nX8ipdy9Nf0A";
        }
    }

    /** The consumer's ARN, or a made-up one if it is gone. */
    String consumerArn() {
        try {
            return emulator.kinesis().listStreamConsumers(caller,
                    new ListStreamConsumersRequest(streamArn(), null, null, null)).consumers().get(0).consumerARN();
        } catch (AwsException | IndexOutOfBoundsException e) {
            return streamArn() + "/consumer/" + CONSUMER + ":1";
        }
    }

    /** Long polls waiting on the account's queues. */
    int waitingReceives() {
        return emulator.sqs().waitingReceives(queueArn(QUEUE)) + emulator.sqs().waitingReceives(queueArn(DEAD_LETTER_QUEUE));
    }

    /** Everything a caller of this account could observe of one service, as comparable text. */
    String state(String service) {
        return switch (service) {
            case "sqs" -> sqsState();
            case "sns" -> snsState();
            case "kinesis" -> kinesisState();
            default -> throw new IllegalArgumentException(service);
        };
    }

    private String sqsState() {
        List<Object> state = new ArrayList<>();
        for (String url : emulator.sqs().listQueues(caller, new ListQueuesRequest(null, null, 1000)).queueUrls()) {
            state.add(url);
            state.add(emulator.sqs().getQueueAttributes(caller, new GetQueueAttributesRequest(url, List.of("All"))));
            state.add(emulator.sqs().listQueueTags(caller, new QueueUrlRequest(url)));
            state.add(emulator.sqs().peek(arnOf(url)));
        }
        return state.toString();
    }

    private String arnOf(String queueUrl) {
        return queueArn(queueUrl.substring(queueUrl.lastIndexOf('/') + 1));
    }

    private String snsState() {
        List<Object> state = new ArrayList<>();
        for (Topic topic : emulator.sns().listTopics(caller, new NextTokenRequest(null)).topics()) {
            state.add(emulator.sns().getTopicAttributes(caller, new TopicArnRequest(topic.topicArn())));
            state.add(emulator.sns().publishedMessages().stream()
                    .filter(message -> message.target().equals(topic.topicArn())).count());
        }
        state.add(emulator.sns().listSubscriptions(caller, new NextTokenRequest(null)));
        return state.toString();
    }

    private String kinesisState() {
        List<Object> state = new ArrayList<>();
        for (String name : emulator.kinesis().listStreams(caller, new ListStreamsRequest(null, null, null)).streamNames()) {
            var description = emulator.kinesis().describeStream(caller, new DescribeStreamRequest(name, null, null, null))
                    .streamDescription();
            state.add(description);
            state.add(emulator.kinesis().listTagsForStream(caller, new ListTagsForStreamRequest(name, null, null, null)));
            state.add(emulator.kinesis().listStreamConsumers(caller,
                    new ListStreamConsumersRequest(description.streamARN(), null, null, null)));
            for (Shard shard : description.shards()) {
                String iterator = emulator.kinesis().getShardIterator(caller, new GetShardIteratorRequest(name,
                        shard.shardId(), "TRIM_HORIZON", null, null, null)).shardIterator();
                emulator.kinesis().getRecords(caller, new GetRecordsRequest(iterator, 10_000, null)).records()
                        .forEach(record -> state.add(record.sequenceNumber() + "/" + record.partitionKey() + "/"
                                + Base64.getEncoder().encodeToString(record.data())));
            }
        }
        return state.toString();
    }

    private static void quietly(Supplier<?> creation) {
        try {
            creation.get();
        } catch (AwsException e) {
            // It exists already, or cannot exist now (a stream still deleting); the seeds cope either way.
        }
    }
}
