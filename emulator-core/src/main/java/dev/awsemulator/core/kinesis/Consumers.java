package dev.awsemulator.core.kinesis;

import dev.awsemulator.core.common.AwsException;
import dev.awsemulator.core.kinesis.api.Consumer;
import dev.awsemulator.core.kinesis.api.ListStreamConsumersRequest;
import dev.awsemulator.core.kinesis.api.ListStreamConsumersResult;
import dev.awsemulator.core.kinesis.api.RegisterStreamConsumerRequest;
import dev.awsemulator.core.kinesis.api.StartingPosition;
import dev.awsemulator.core.kinesis.api.StreamConsumerRequest;
import dev.awsemulator.core.kinesis.api.SubscribeToShardRequest;
import dev.awsemulator.core.time.Clock;

import java.math.BigInteger;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Enhanced fan-out: registering, describing, listing and deregistering consumers, and their subscriptions. */
final class Consumers {

    static final int MAX_CONSUMERS_PER_STREAM = 20;
    private static final Pattern CONSUMER_ARN = Pattern.compile(
            "^(arn):aws.*:kinesis:.*:\\d{12}:.*stream\\/[a-zA-Z0-9_.-]+\\/consumer\\/[a-zA-Z0-9_.-]+:[0-9]+");
    private static final long RESUBSCRIBE_MILLIS = 5_000;
    private static final String TOKEN_KIND = "consumers";

    private final Clock clock;
    private final StreamRegistry streams;
    private final Transitions transitions;

    Consumers(Clock clock, StreamRegistry streams, Transitions transitions) {
        this.clock = clock;
        this.streams = streams;
        this.transitions = transitions;
    }

    Consumer register(RegisterStreamConsumerRequest request) {
        String streamArn = ModelConstraints.required(request.streamARN(), "streamARN");
        String name = ModelConstraints.name(request.consumerName(), "consumerName");
        Map<String, String> tags = request.tags() == null ? Map.of() : request.tags();
        Tagging.validate(tags);
        Stream stream = streams.find(StreamRegistry.arnKey(streamArn, "streamARN"));
        Instant now = clock.now();
        StreamConsumer consumer = new StreamConsumer(name, stream.key.consumerArn(name, now.getEpochSecond()),
                stream.arn, now);
        synchronized (stream.consumers) {
            if (stream.consumers.containsKey(name)) {
                throw KinesisError.RESOURCE_IN_USE.exception("Consumer " + name + " under stream " + stream.arn
                        + " already exists.");
            }
            if (stream.consumers.size() >= MAX_CONSUMERS_PER_STREAM) {
                throw KinesisError.LIMIT_EXCEEDED.exception("Consumer limit of " + MAX_CONSUMERS_PER_STREAM
                        + " has been reached for stream " + stream.arn + ".");
            }
            consumer.tags.putAll(tags);
            stream.consumers.put(name, consumer);
        }
        transitions.complete(stream, () -> consumer.status(ConsumerStatus.ACTIVE));
        return consumer.toApi();
    }

    StreamConsumer describe(StreamConsumerRequest request) {
        return find(request.consumerARN(), request.streamARN(), request.consumerName());
    }

    void deregister(StreamConsumerRequest request) {
        StreamConsumer consumer = describe(request);
        Stream stream = streams.find(StreamRegistry.arnKey(consumer.streamArn, "streamARN"));
        consumer.status(ConsumerStatus.DELETING);
        transitions.complete(stream, () -> stream.consumers.remove(consumer.name, consumer));
    }

    ListStreamConsumersResult list(ListStreamConsumersRequest request) {
        String streamArn = ModelConstraints.required(request.streamARN(), "streamARN");
        int maxResults = request.maxResults() == null ? 100
                : ModelConstraints.range(request.maxResults(), "maxResults", 1, 10_000);
        Instant now = clock.now();
        Stream stream = streams.find(StreamRegistry.arnKey(streamArn, "streamARN"));
        String after = null;
        if (request.nextToken() != null) {
            List<String> fields = PageTokens.decode(TOKEN_KIND, request.nextToken(), 2, now);
            if (!stream.arn.equals(fields.get(0))) {
                throw ModelConstraints.invalidArgument("Invalid NextToken: " + request.nextToken());
            }
            after = fields.get(1);
        }
        String start = after;
        List<StreamConsumer> matching = stream.consumers.values().stream()
                .sorted(Comparator.comparing((StreamConsumer c) -> c.name))
                .filter(c -> start == null || c.name.compareTo(start) > 0)
                .toList();
        List<Consumer> page = matching.stream().limit(maxResults).map(StreamConsumer::toApi).toList();
        String nextToken = matching.size() > maxResults
                ? PageTokens.encode(TOKEN_KIND, now, stream.arn, page.get(page.size() - 1).consumerName()) : null;
        return new ListStreamConsumersResult(page, nextToken);
    }

    ShardSubscription subscribe(SubscribeToShardRequest request) {
        String consumerArn = ModelConstraints.required(request.consumerARN(), "consumerARN");
        ModelConstraints.pattern(consumerArn, "consumerARN", CONSUMER_ARN);
        ModelConstraints.name(request.shardId(), "shardId");
        StartingPosition start = ModelConstraints.required(request.startingPosition(), "startingPosition");
        StreamConsumer consumer = find(consumerArn, null, null);
        Stream stream = streams.find(StreamRegistry.arnKey(consumer.streamArn, "streamARN"));
        if (consumer.status() != ConsumerStatus.ACTIVE) {
            throw KinesisError.RESOURCE_IN_USE.exception("Consumer " + consumerArn + " is not ACTIVE.");
        }
        Instant now = clock.now();
        StreamShard shard = RecordReader.existingShard(stream, request.shardId(), now);
        BigInteger position = StartingPositions.resolve(stream, shard, start.type(), start.sequenceNumber(),
                start.timestamp());
        // AWS refuses a second subscription of a consumer to a shard within 5 s, limits or not.
        if (!consumer.trySubscribe(shard.id, now.toEpochMilli(), RESUBSCRIBE_MILLIS)) {
            throw KinesisError.RESOURCE_IN_USE.exception("Another active subscription exists for consumer "
                    + consumerArn + " on shard " + shard.id + ".");
        }
        return new ShardSubscription(clock, stream, shard, position, () -> stillRegistered(stream, consumer));
    }

    private void stillRegistered(Stream stream, StreamConsumer consumer) {
        streams.find(stream.key);
        if (stream.consumers.get(consumer.name) != consumer) {
            throw consumerNotFound(consumer.arn);
        }
    }

    /** A consumer by ARN, or by stream ARN and name; when several are given they must agree. */
    StreamConsumer find(String consumerArn, String streamArn, String consumerName) {
        if (consumerArn != null) {
            ModelConstraints.pattern(consumerArn, "consumerARN", CONSUMER_ARN);
            StreamKey.Named parsed = StreamKey.parseArn(consumerArn);
            StreamConsumer consumer = parsed == null ? null
                    : streams.find(parsed.stream()).consumers.get(parsed.consumerName());
            if (consumer == null || !consumer.arn.equals(consumerArn)
                    || (consumerName != null && !consumerName.equals(consumer.name))
                    || (streamArn != null && !streamArn.equals(consumer.streamArn))) {
                throw consumerNotFound(consumerArn);
            }
            return consumer;
        }
        if (streamArn == null || consumerName == null) {
            throw ModelConstraints.invalidArgument("Either ConsumerARN or both StreamARN and ConsumerName must be "
                    + "provided.");
        }
        ModelConstraints.name(consumerName, "consumerName");
        StreamConsumer consumer = streams.find(StreamRegistry.arnKey(streamArn, "streamARN")).consumers.get(consumerName);
        if (consumer == null) {
            throw KinesisError.RESOURCE_NOT_FOUND.exception("Consumer " + consumerName + " under stream " + streamArn
                    + " not found.");
        }
        return consumer;
    }

    static AwsException consumerNotFound(String consumerArn) {
        return KinesisError.RESOURCE_NOT_FOUND.exception("Consumer " + consumerArn + " not found.");
    }
}
