package dev.awsemulator.samples.eventsourcing;

import software.amazon.awssdk.services.kinesis.KinesisAsyncClient;
import software.amazon.awssdk.services.kinesis.model.ConsumerDescription;
import software.amazon.awssdk.services.kinesis.model.ConsumerStatus;
import software.amazon.awssdk.services.kinesis.model.Record;
import software.amazon.awssdk.services.kinesis.model.ResourceInUseException;
import software.amazon.awssdk.services.kinesis.model.Shard;
import software.amazon.awssdk.services.kinesis.model.ShardIteratorType;
import software.amazon.awssdk.services.kinesis.model.StartingPosition;
import software.amazon.awssdk.services.kinesis.model.SubscribeToShardEvent;
import software.amazon.awssdk.services.kinesis.model.SubscribeToShardRequest;
import software.amazon.awssdk.services.kinesis.model.SubscribeToShardResponseHandler;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * An enhanced fan-out consumer: registers a stream consumer, which gets its own read throughput,
 * and has each shard's records pushed with {@code SubscribeToShard}. A subscription lasts at most
 * five minutes, so when one ends the shard is subscribed again from the checkpoint; when a shard
 * ends (it was split or merged) its children are subscribed once all their parents have ended.
 */
public final class ShardSubscriber implements AutoCloseable {

    private final KinesisAsyncClient kinesis;
    private final String streamArn;
    private final String consumerName;
    private final StartingPosition start;
    private final Consumer<AccountEvent> readModel;
    private final Map<String, String> checkpoints = new ConcurrentHashMap<>();
    private final Set<String> finished = ConcurrentHashMap.newKeySet();
    private final Map<String, CompletableFuture<Void>> subscriptions = new ConcurrentHashMap<>();
    private final List<Throwable> errors = new CopyOnWriteArrayList<>();
    private volatile String consumerArn;
    private volatile boolean closed;

    public ShardSubscriber(KinesisAsyncClient kinesis, String streamArn, String consumerName, StartingPosition start,
                           Consumer<AccountEvent> readModel) {
        this.kinesis = kinesis;
        this.streamArn = streamArn;
        this.consumerName = consumerName;
        this.start = start;
        this.readModel = readModel;
    }

    /** Registers the consumer (or finds it registered) and subscribes to the shards that are readable. */
    public void start() throws InterruptedException {
        try {
            consumerArn = kinesis.registerStreamConsumer(b -> b.streamARN(streamArn).consumerName(consumerName))
                    .join().consumer().consumerARN();
        } catch (CompletionException e) {
            if (!(e.getCause() instanceof ResourceInUseException)) {
                throw e;
            }
            consumerArn = describeConsumer().consumerARN(); // registered by an earlier run
        }
        while (describeConsumer().consumerStatus() != ConsumerStatus.ACTIVE) {
            Thread.sleep(500); // AWS takes a few seconds; the emulator is ACTIVE at once by default
        }
        subscribeReadable();
    }

    /** Subscription failures other than the end of a subscription; empty when all went well. */
    public List<Throwable> errors() {
        return List.copyOf(errors);
    }

    public Map<String, String> checkpoints() {
        return Map.copyOf(checkpoints);
    }

    @Override
    public void close() {
        closed = true;
        subscriptions.values().forEach(subscription -> subscription.cancel(true));
    }

    private ConsumerDescription describeConsumer() {
        return kinesis.describeStreamConsumer(b -> b.streamARN(streamArn).consumerName(consumerName))
                .join().consumerDescription();
    }

    private synchronized void subscribeReadable() {
        // One page holds up to 1,000 shards, plenty for the samples; a larger stream would page with NextToken.
        List<Shard> shards = kinesis.listShards(b -> b.streamARN(streamArn).maxResults(1000)).join().shards();
        for (String shardId : ShardLineage.readable(shards, finished)) {
            if (!closed && !subscriptions.containsKey(shardId)) {
                subscribe(shardId);
            }
        }
    }

    private void subscribe(String shardId) {
        String checkpoint = checkpoints.get(shardId);
        StartingPosition position = checkpoint == null ? start
                : StartingPosition.builder().type(ShardIteratorType.AFTER_SEQUENCE_NUMBER).sequenceNumber(checkpoint).build();
        SubscribeToShardResponseHandler handler = SubscribeToShardResponseHandler.builder()
                .subscriber(SubscribeToShardResponseHandler.Visitor.builder()
                        .onSubscribeToShardEvent(event -> onEvent(shardId, event))
                        .build())
                .build();
        CompletableFuture<Void> subscription = kinesis.subscribeToShard(SubscribeToShardRequest.builder()
                .consumerARN(consumerArn).shardId(shardId).startingPosition(position).build(), handler);
        subscriptions.put(shardId, subscription);
        subscription.whenCompleteAsync((ignored, failure) -> ended(shardId, failure));
    }

    private void onEvent(String shardId, SubscribeToShardEvent event) {
        for (Record record : event.records()) {
            readModel.accept(AccountEvent.decode(record.data().asByteArray()));
            checkpoints.put(shardId, record.sequenceNumber());
        }
        // The last event of a closed shard names its children (and carries no continuation on AWS):
        // the shard is read to its end, and subscribing to it again would only be refused.
        if ((event.hasChildShards() && !event.childShards().isEmpty()) || event.continuationSequenceNumber() == null) {
            finished.add(shardId);
        }
    }

    private void ended(String shardId, Throwable failure) {
        subscriptions.remove(shardId);
        if (closed) {
            return;
        }
        if (failure != null) {
            errors.add(failure);
            return;
        }
        // Either the shard ended, making its children readable, or the subscription's five minutes
        // ran out and the same shard is subscribed again from its checkpoint.
        subscribeReadable();
    }
}
