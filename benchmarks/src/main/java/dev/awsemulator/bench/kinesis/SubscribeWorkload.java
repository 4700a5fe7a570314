package dev.awsemulator.bench.kinesis;

import dev.awsemulator.bench.BenchSettings;
import dev.awsemulator.bench.server.ServerProcess;
import dev.awsemulator.bench.workload.DeliveryLedger;
import dev.awsemulator.bench.workload.Failures;
import dev.awsemulator.bench.workload.Measurement;
import dev.awsemulator.bench.workload.Pacer;
import dev.awsemulator.bench.workload.Window;
import dev.awsemulator.bench.workload.Windows;
import dev.awsemulator.bench.workload.Workers;
import dev.awsemulator.bench.workload.WorkloadContext;
import org.HdrHistogram.Recorder;
import software.amazon.awssdk.services.kinesis.KinesisAsyncClient;
import software.amazon.awssdk.services.kinesis.KinesisClient;
import software.amazon.awssdk.services.kinesis.model.ConsumerStatus;
import software.amazon.awssdk.services.kinesis.model.Record;
import software.amazon.awssdk.services.kinesis.model.ShardIteratorType;
import software.amazon.awssdk.services.kinesis.model.SubscribeToShardResponseHandler;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;

/**
 * Enhanced fan-out: one registered consumer subscribes (SubscribeToShard, from LATEST) to each of
 * four shards, then a trickle of PutRecord calls to random partition keys. One op = one record pushed
 * to the subscriber; latency = PutRecord start to the event's arrival. Every record must arrive once.
 */
public final class SubscribeWorkload implements KinesisWorkload {

    private static final int SHARDS = 4;
    private static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(30);
    private static final long DRAIN_MILLIS = 5_000;

    private final BenchSettings settings;

    public SubscribeWorkload(BenchSettings settings) {
        this.settings = settings;
    }

    @Override
    public String name() {
        return "kinesis-subscribe";
    }

    @Override
    public String title() {
        return "SubscribeToShard (HTTP/2 event stream, from LATEST) on each of " + SHARDS + " shards, "
                + settings.sendsPerSecond() + " PutRecord/s to random partition keys; one op = one record pushed";
    }

    @Override
    public Measurement run(WorkloadContext context) throws Exception {
        try (ServerProcess server = context.startServer(name());
             KinesisClient kinesis = KinesisClients.sync(context.target(), server.endpoint(), 2);
             KinesisAsyncClient async = KinesisClients.async(context.target(), server.endpoint())) {
            String stream = "bench-subscribe";
            String streamArn = KinesisClients.createActiveStream(kinesis, stream, SHARDS);
            String consumerArn = activeConsumer(kinesis, streamArn);
            DeliveryLedger ledger = new DeliveryLedger();
            Recorder latencies = new Recorder(3);
            LongAdder pushed = new LongAdder();
            Failures subscriptionFailures = new Failures();
            for (String shardId : ShardReader.shardIds(kinesis, stream)) {
                subscribe(async, consumerArn, shardId, subscriptionFailures, record -> {
                    RecordData data = RecordData.decode(record.data());
                    latencies.recordValue((System.nanoTime() - data.sentNanos()) / 1000);
                    ledger.received(data.count());
                    pushed.increment();
                });
            }
            Pacer pacer = new Pacer(settings.sendsPerSecond());
            Workers trickle = Workers.start("trickle", 1, () -> {
                pacer.awaitNext();
                long id = ledger.nextId();
                kinesis.putRecord(request -> request.streamName(stream)
                        .partitionKey(Long.toString(ThreadLocalRandom.current().nextLong()))
                        .data(new RecordData(0, id, System.nanoTime()).encode()));
                ledger.sent(id);
                return true;
            });
            List<Window> windows;
            try (trickle) {
                windows = Windows.measure(server, settings.settle(), settings.window(), settings.pollWindows(),
                        pushed::sum, latencies);
            }
            ledger.awaitAll(DRAIN_MILLIS);
            return context.measurement(this, windows, ledger.check(trickle.failures(), subscriptionFailures));
        }
    }

    private static String activeConsumer(KinesisClient kinesis, String streamArn) throws InterruptedException {
        String consumerArn = kinesis.registerStreamConsumer(request -> request.streamARN(streamArn)
                .consumerName("bench")).consumer().consumerARN();
        long deadline = System.nanoTime() + ANSWER_TIMEOUT.toNanos();
        while (kinesis.describeStreamConsumer(request -> request.consumerARN(consumerArn)).consumerDescription()
                .consumerStatus() != ConsumerStatus.ACTIVE) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("consumer not ACTIVE after " + ANSWER_TIMEOUT);
            }
            Thread.sleep(20);
        }
        return consumerArn;
    }

    /** Subscribes from LATEST and returns once the server has answered, so later records are pushed. */
    private static void subscribe(KinesisAsyncClient async, String consumerArn, String shardId, Failures failures,
                                  Consumer<Record> onRecord) throws Exception {
        CompletableFuture<Void> answered = new CompletableFuture<>();
        SubscribeToShardResponseHandler handler = SubscribeToShardResponseHandler.builder()
                .onResponse(response -> answered.complete(null))
                .onError(failure -> {
                    answered.completeExceptionally(failure);
                    failures.add(failure);
                })
                .subscriber(SubscribeToShardResponseHandler.Visitor.builder()
                        .onSubscribeToShardEvent(event -> event.records().forEach(onRecord)).build())
                .build();
        async.subscribeToShard(request -> request.consumerARN(consumerArn).shardId(shardId)
                .startingPosition(position -> position.type(ShardIteratorType.LATEST)), handler);
        answered.get(ANSWER_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    }
}
