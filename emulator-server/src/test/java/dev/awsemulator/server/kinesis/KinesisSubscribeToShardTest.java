package dev.awsemulator.server.kinesis;

import dev.awsemulator.server.testsupport.EmulatorServerExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.kinesis.model.ChildShard;
import software.amazon.awssdk.services.kinesis.model.ConsumerStatus;
import software.amazon.awssdk.services.kinesis.model.ResourceInUseException;
import software.amazon.awssdk.services.kinesis.model.ShardIteratorType;
import software.amazon.awssdk.services.kinesis.model.SubscribeToShardEvent;
import software.amazon.awssdk.services.kinesis.model.SubscribeToShardResponseHandler;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Enhanced fan-out: the async client over HTTP/2 receives pushed records on virtual time. */
class KinesisSubscribeToShardTest {

    @RegisterExtension
    static final EmulatorServerExtension aws = new EmulatorServerExtension();

    @Test
    void recordsArePushedHeartbeatsKeepTheStreamAliveAndItEndsAfterFiveMinutes() throws Exception {
        String consumer = consumer("pushed");
        BlockingQueue<SubscribeToShardEvent> events = new LinkedBlockingQueue<>();

        CompletableFuture<Void> subscription = subscribe(consumer, events);
        aws.kinesis().putRecord(b -> b.streamName("pushed").partitionKey("k").data(SdkBytes.fromUtf8String("live")));

        SubscribeToShardEvent first = nextWithRecords(events);
        assertThat(first.records()).extracting(record -> record.data().asUtf8String()).containsExactly("live");
        assertThat(first.continuationSequenceNumber()).isEqualTo(first.records().get(0).sequenceNumber());

        aws.advance(Duration.ofSeconds(5));
        SubscribeToShardEvent heartbeat = events.poll(10, TimeUnit.SECONDS);
        assertThat(heartbeat).isNotNull();
        assertThat(heartbeat.records()).isEmpty();

        aws.advance(Duration.ofMinutes(5));
        subscription.get(10, TimeUnit.SECONDS);
        assertThat(subscription).isCompleted();
    }

    @Test
    void splittingTheShardEndsTheSubscriptionWithItsChildShards() throws Exception {
        String consumer = consumer("splitting");
        BlockingQueue<SubscribeToShardEvent> events = new LinkedBlockingQueue<>();
        CompletableFuture<Void> subscription = subscribe(consumer, events);
        aws.kinesis().putRecord(b -> b.streamName("splitting").partitionKey("k").data(SdkBytes.fromUtf8String("before")));

        aws.kinesis().splitShard(b -> b.streamName("splitting").shardToSplit("shardId-000000000000")
                .newStartingHashKey("170141183460469231731687303715884105728"));
        aws.advance(Duration.ofSeconds(5));

        subscription.get(10, TimeUnit.SECONDS);
        List<SubscribeToShardEvent> received = new ArrayList<>(events);
        assertThat(received).flatExtracting(SubscribeToShardEvent::records)
                .extracting(record -> record.data().asUtf8String()).containsExactly("before");
        assertThat(received.get(received.size() - 1).continuationSequenceNumber()).isNull();
        assertThat(received.get(received.size() - 1).childShards()).extracting(ChildShard::shardId)
                .containsExactly("shardId-000000000001", "shardId-000000000002");
    }

    @Test
    void secondSubscriptionWithinFiveSecondsIsRefused() throws Exception {
        String consumer = consumer("busy");
        subscribe(consumer, new LinkedBlockingQueue<>());

        CompletableFuture<Void> second = subscribe(consumer, new LinkedBlockingQueue<>());

        assertThatThrownBy(() -> second.get(10, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                .hasCauseInstanceOf(ResourceInUseException.class);
    }

    private static String consumer(String stream) throws Exception {
        aws.kinesis().createStream(b -> b.streamName(stream).shardCount(1));
        String streamArn = aws.kinesis().describeStreamSummary(b -> b.streamName(stream)).streamDescriptionSummary()
                .streamARN();
        String consumerArn = aws.kinesisAsync().registerStreamConsumer(b -> b.streamARN(streamArn)
                .consumerName("reader")).get(10, TimeUnit.SECONDS).consumer().consumerARN();
        aws.advance(Duration.ofSeconds(1));
        assertThat(aws.kinesis().describeStreamConsumer(b -> b.consumerARN(consumerArn)).consumerDescription()
                .consumerStatus()).isEqualTo(ConsumerStatus.ACTIVE);
        return consumerArn;
    }

    /** Subscribes from the start of the shard; returns once the server answered the subscription. */
    private static CompletableFuture<Void> subscribe(String consumerArn, BlockingQueue<SubscribeToShardEvent> events)
            throws Exception {
        CompletableFuture<Void> answered = new CompletableFuture<>();
        SubscribeToShardResponseHandler handler = SubscribeToShardResponseHandler.builder()
                .onResponse(response -> answered.complete(null))
                .onError(answered::completeExceptionally)
                .subscriber(SubscribeToShardResponseHandler.Visitor.builder()
                        .onSubscribeToShardEvent(events::add).build())
                .build();
        CompletableFuture<Void> subscription = aws.kinesisAsync().subscribeToShard(b -> b.consumerARN(consumerArn)
                .shardId("shardId-000000000000").startingPosition(p -> p.type(ShardIteratorType.TRIM_HORIZON)), handler);
        // A refused subscription answers with an error instead; the caller sees it on the returned future.
        answered.exceptionally(refused -> null).get(10, TimeUnit.SECONDS);
        return subscription;
    }

    private static SubscribeToShardEvent nextWithRecords(BlockingQueue<SubscribeToShardEvent> events)
            throws InterruptedException {
        while (true) {
            SubscribeToShardEvent event = events.poll(10, TimeUnit.SECONDS);
            assertThat(event).as("an event arrived").isNotNull();
            if (!event.records().isEmpty()) {
                return event;
            }
        }
    }
}
