package dev.awsemulator.core.kinesis;

import dev.awsemulator.core.common.AwsException;
import dev.awsemulator.core.kinesis.api.*;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Flow;

import static dev.awsemulator.core.kinesis.KinesisFixture.*;
import static org.assertj.core.api.Assertions.assertThat;

class ConsumersAndSubscriptionTest {

    private static final String STREAM_ARN = ARN_PREFIX + "s";
    private static final String SHARD = "shardId-000000000000";

    /** Collects what a publisher delivers; requests as told. */
    static final class Collector implements Flow.Subscriber<SubscribeToShardEvent> {
        final List<SubscribeToShardEvent> events = new ArrayList<>();
        Flow.Subscription subscription;
        boolean completed;
        Throwable error;
        private final long initialDemand;

        Collector(long initialDemand) {
            this.initialDemand = initialDemand;
        }

        @Override
        public void onSubscribe(Flow.Subscription s) {
            subscription = s;
            if (initialDemand > 0) {
                s.request(initialDemand);
            }
        }

        @Override
        public void onNext(SubscribeToShardEvent item) {
            events.add(item);
        }

        @Override
        public void onError(Throwable throwable) {
            error = throwable;
        }

        @Override
        public void onComplete() {
            completed = true;
        }

        List<String> data() {
            return events.stream().flatMap(e -> e.records().stream()).map(r -> text(r.data())).toList();
        }
    }

    private KinesisFixture withConsumer(KinesisOptions options) {
        KinesisFixture f = new KinesisFixture(options);
        f.create("s", 1);
        f.kinesis.registerStreamConsumer(CALLER, new RegisterStreamConsumerRequest(STREAM_ARN, "c", null));
        return f;
    }

    private String consumerArn(KinesisFixture f) {
        return f.kinesis.describeStreamConsumer(CALLER, new StreamConsumerRequest(STREAM_ARN, "c", null))
                .consumerDescription().consumerARN();
    }

    private Collector subscribe(KinesisFixture f, String type, long demand) {
        Collector collector = new Collector(demand);
        f.kinesis.subscribeToShard(CALLER, new SubscribeToShardRequest(consumerArn(f), SHARD,
                new StartingPosition(type, null, null))).subscribe(collector);
        return collector;
    }

    @Test
    void consumerLifecycleGoesThroughCreatingAndDeletingOnTheClock() {
        KinesisFixture f = withConsumer(KinesisOptions.DEFAULTS.withTransitionDelay(Duration.ofSeconds(5)));
        f.clock.advance(Duration.ofSeconds(5)); // the stream becomes ACTIVE; the consumer was registered while CREATING
        ConsumerDescription description = f.kinesis.describeStreamConsumer(CALLER,
                new StreamConsumerRequest(STREAM_ARN, "c", null)).consumerDescription();
        assertThat(description.consumerStatus()).isEqualTo("ACTIVE");
        assertThat(description.consumerARN()).isEqualTo(STREAM_ARN + "/consumer/c:1767225600");
        f.kinesis.registerStreamConsumer(CALLER, new RegisterStreamConsumerRequest(STREAM_ARN, "d", null));
        assertThat(f.kinesis.listStreamConsumers(CALLER, new ListStreamConsumersRequest(STREAM_ARN, null, null, null))
                .consumers()).extracting(Consumer::consumerName, Consumer::consumerStatus)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("c", "ACTIVE"),
                        org.assertj.core.groups.Tuple.tuple("d", "CREATING"));
        f.kinesis.deregisterStreamConsumer(CALLER, new StreamConsumerRequest(null, null, description.consumerARN()));
        assertThat(f.kinesis.describeStreamConsumer(CALLER, new StreamConsumerRequest(STREAM_ARN, "c", null))
                .consumerDescription().consumerStatus()).isEqualTo("DELETING");
        f.clock.advance(Duration.ofSeconds(5));
        assertError(() -> f.kinesis.describeStreamConsumer(CALLER, new StreamConsumerRequest(STREAM_ARN, "c", null)),
                KinesisError.RESOURCE_NOT_FOUND, null);
        assertError(() -> f.kinesis.registerStreamConsumer(CALLER, new RegisterStreamConsumerRequest(STREAM_ARN, "d", null)),
                KinesisError.RESOURCE_IN_USE, null);
    }

    @Test
    void recordsArePushedAsTheyArrive() {
        KinesisFixture f = withConsumer(KinesisOptions.DEFAULTS);
        f.put("s", "k", "before");
        Collector collector = subscribe(f, "TRIM_HORIZON", Long.MAX_VALUE);
        assertThat(collector.data()).containsExactly("before");
        f.put("s", "k", "after");
        assertThat(collector.data()).containsExactly("before", "after");
        SubscribeToShardEvent last = collector.events.get(collector.events.size() - 1);
        assertThat(last.continuationSequenceNumber()).isEqualTo(last.records().get(0).sequenceNumber());
        assertThat(last.millisBehindLatest()).isZero();
    }

    @Test
    void heartbeatEveryFiveSecondsAndCompletionAfterFiveMinutes() {
        KinesisFixture f = withConsumer(KinesisOptions.DEFAULTS);
        Collector collector = subscribe(f, "LATEST", Long.MAX_VALUE);
        assertThat(collector.events).isEmpty();
        f.clock.advance(Duration.ofSeconds(5));
        assertThat(collector.events).hasSize(1);
        assertThat(collector.events.get(0).records()).isEmpty();
        f.clock.advance(Duration.ofMinutes(5));
        assertThat(collector.completed).isTrue();
        assertThat(collector.events).hasSize(59); // at 5 s, 10 s, ... 295 s; the end comes first at 300 s
        assertThat(f.clock.pendingTasks()).isZero();
    }

    @Test
    void demandIsHonouredAndUndeliveredEventsWait() {
        KinesisFixture f = withConsumer(KinesisOptions.DEFAULTS);
        Collector collector = subscribe(f, "LATEST", 0);
        f.put("s", "k", "a");
        f.put("s", "k", "b");
        assertThat(collector.events).isEmpty();
        collector.subscription.request(1);
        assertThat(collector.data()).containsExactly("a");
        collector.subscription.request(5);
        assertThat(collector.data()).containsExactly("a", "b");
        collector.subscription.cancel();
        f.put("s", "k", "c");
        assertThat(collector.data()).containsExactly("a", "b");
        assertThat(f.clock.pendingTasks()).isZero();
    }

    @Test
    void closedShardEndsTheSubscriptionWithChildShards() {
        KinesisFixture f = withConsumer(KinesisOptions.DEFAULTS);
        Collector collector = subscribe(f, "TRIM_HORIZON", Long.MAX_VALUE);
        f.put("s", "k", "a");
        f.kinesis.splitShard(CALLER, new SplitShardRequest("s", SHARD, "170141183460469231731687303715884105728", null));
        assertThat(collector.completed).isTrue();
        SubscribeToShardEvent last = collector.events.get(collector.events.size() - 1);
        assertThat(last.continuationSequenceNumber()).as("no continuation at the end of a closed shard").isNull();
        assertThat(last.childShards()).extracting(ChildShard::shardId)
                .containsExactly("shardId-000000000001", "shardId-000000000002");
        assertThat(collector.data()).containsExactly("a");
    }

    @Test
    void deregisteringEndsTheSubscriptionWithAnError() {
        KinesisFixture f = withConsumer(KinesisOptions.DEFAULTS);
        Collector collector = subscribe(f, "LATEST", Long.MAX_VALUE);
        f.kinesis.deregisterStreamConsumer(CALLER, new StreamConsumerRequest(STREAM_ARN, "c", null));
        f.clock.advance(Duration.ofSeconds(5));
        assertThat(collector.error).isInstanceOfSatisfying(AwsException.class,
                e -> assertThat(e.errorCode()).isEqualTo(KinesisError.RESOURCE_NOT_FOUND));
    }

    @Test
    void resubscribingWithinFiveSecondsIsResourceInUseEvenWithoutThroughputLimits() {
        KinesisFixture f = withConsumer(KinesisOptions.DEFAULTS);
        subscribe(f, "LATEST", 1);
        f.clock.advance(Duration.ofSeconds(4));
        assertError(() -> subscribe(f, "LATEST", 1), KinesisError.RESOURCE_IN_USE, null);
        f.clock.advance(Duration.ofSeconds(1));
        assertThat(subscribe(f, "LATEST", 1).error).isNull();
    }

    @Test
    void subscribeValidatesBeforeStarting() {
        KinesisFixture f = withConsumer(KinesisOptions.DEFAULTS);
        String arn = consumerArn(f);
        assertError(() -> f.kinesis.subscribeToShard(CALLER, new SubscribeToShardRequest(arn, "shardId-000000000007",
                new StartingPosition("LATEST", null, null))), KinesisError.RESOURCE_NOT_FOUND, null);
        assertError(() -> f.kinesis.subscribeToShard(CALLER, new SubscribeToShardRequest(arn + "0", SHARD,
                new StartingPosition("LATEST", null, null))), KinesisError.RESOURCE_NOT_FOUND, null);
        assertError(() -> f.kinesis.subscribeToShard(CALLER, new SubscribeToShardRequest(arn, SHARD, null)),
                KinesisError.VALIDATION, null);
    }
}
