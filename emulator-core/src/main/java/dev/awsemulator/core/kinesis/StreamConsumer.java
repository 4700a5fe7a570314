package dev.awsemulator.core.kinesis;

import dev.awsemulator.core.common.TagMap;
import dev.awsemulator.core.kinesis.api.Consumer;
import dev.awsemulator.core.kinesis.api.ConsumerDescription;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/** An enhanced fan-out consumer of one stream, and when it last subscribed to each shard. */
final class StreamConsumer {

    final String name;
    final String arn;
    final String streamArn;
    final Instant createdAt;
    final TagMap tags = new TagMap();
    final AtomicReference<String> policy = new AtomicReference<>();
    private volatile ConsumerStatus status = ConsumerStatus.CREATING;
    private final Map<String, Long> lastSubscribedAt = new HashMap<>();

    StreamConsumer(String name, String arn, String streamArn, Instant createdAt) {
        this.name = name;
        this.arn = arn;
        this.streamArn = streamArn;
        this.createdAt = createdAt;
    }

    ConsumerStatus status() {
        return status;
    }

    void status(ConsumerStatus status) {
        this.status = status;
    }

    /**
     * Records a subscription to {@code shardId} unless one started less than {@code windowMillis} ago;
     * answers whether it was recorded.
     */
    synchronized boolean trySubscribe(String shardId, long nowMillis, long windowMillis) {
        Long last = lastSubscribedAt.get(shardId);
        if (last != null && nowMillis - last < windowMillis) {
            return false;
        }
        lastSubscribedAt.put(shardId, nowMillis);
        return true;
    }

    Consumer toApi() {
        return new Consumer(name, arn, status.name(), createdAt);
    }

    ConsumerDescription describe() {
        return new ConsumerDescription(name, arn, status.name(), createdAt, streamArn);
    }
}
