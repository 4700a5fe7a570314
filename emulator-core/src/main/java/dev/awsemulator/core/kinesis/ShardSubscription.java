package dev.awsemulator.core.kinesis;

import dev.awsemulator.core.common.AwsException;
import dev.awsemulator.core.kinesis.api.SubscribeToShardEvent;
import dev.awsemulator.core.time.Cancellable;
import dev.awsemulator.core.time.Clock;

import java.math.BigInteger;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One SubscribeToShard call: a publisher of events for a single subscriber. Records are pushed as they
 * are appended, an event goes out at least every 5 s of the clock, the subscription completes after 5
 * minutes or, with the child shards, once a closed shard is fully read. Events wait in a buffer until
 * the subscriber requests them; nothing here ever blocks or holds a thread.
 */
public final class ShardSubscription implements Flow.Publisher<SubscribeToShardEvent> {

    static final Duration HEARTBEAT = Duration.ofSeconds(5);
    static final Duration LIFETIME = Duration.ofMinutes(5);
    private static final int MAX_RECORDS_PER_EVENT = 10_000;

    private final Clock clock;
    private final Stream stream;
    private final StreamShard shard;
    /** Throws the AwsException to end the subscription with, e.g. once the stream or consumer is gone. */
    private final Runnable stillValid;
    private final Runnable onAppend = this::poll;
    private final Deque<SubscribeToShardEvent> buffer = new ArrayDeque<>();
    private final AtomicInteger draining = new AtomicInteger();
    private BigInteger position;
    private Flow.Subscriber<? super SubscribeToShardEvent> subscriber;
    private long demand;
    private boolean finished;
    private Throwable error;
    private boolean terminated;
    private Cancellable heartbeat;
    private Cancellable expiry;

    ShardSubscription(Clock clock, Stream stream, StreamShard shard, BigInteger position, Runnable stillValid) {
        this.clock = clock;
        this.stream = stream;
        this.shard = shard;
        this.position = position;
        this.stillValid = stillValid;
    }

    public String shardId() {
        return shard.id;
    }

    @Override
    public void subscribe(Flow.Subscriber<? super SubscribeToShardEvent> newSubscriber) {
        synchronized (this) {
            if (subscriber != null) {
                newSubscriber.onSubscribe(new NoSubscription());
                newSubscriber.onError(new IllegalStateException("a SubscribeToShard stream has one subscriber"));
                return;
            }
            subscriber = newSubscriber;
        }
        newSubscriber.onSubscribe(new Demand());
        synchronized (this) {
            if (terminated) {
                return;
            }
            shard.addAppendListener(onAppend);
            heartbeat = clock.schedule(HEARTBEAT, this::tick);
            expiry = clock.schedule(LIFETIME, () -> finish(null));
        }
        poll();
    }

    private void tick() {
        synchronized (this) {
            if (finished) {
                return;
            }
            heartbeat = clock.schedule(HEARTBEAT, this::tick);
        }
        emit(true);
    }

    /** Reads what arrived since the last event; an event goes out only when there is something new. */
    private void poll() {
        emit(false);
    }

    private void emit(boolean evenIfEmpty) {
        try {
            stillValid.run();
        } catch (AwsException e) {
            finish(e);
            return;
        }
        synchronized (this) {
            if (finished) {
                return;
            }
            RecordReader.Batch batch = RecordReader.read(stream, shard, position, MAX_RECORDS_PER_EVENT, clock.now());
            boolean ended = batch.next() == null;
            if (!batch.records().isEmpty()) {
                position = new BigInteger(batch.records().get(batch.records().size() - 1).sequenceNumber())
                        .add(BigInteger.ONE);
            }
            if (batch.records().isEmpty() && !evenIfEmpty && !ended) {
                return;
            }
            // At the end of a closed shard AWS sends no continuation, only the children: the KCL
            // takes a null ContinuationSequenceNumber as "shard end".
            buffer.add(new SubscribeToShardEvent(batch.records(), ended ? null : continuation().toString(),
                    batch.millisBehindLatest(), batch.childShards()));
            if (ended) {
                stopTimers();
                finished = true;
            }
        }
        drain();
    }

    /** The sequence number to resume after: the last record delivered, or the shard's start. */
    private BigInteger continuation() {
        BigInteger previous = position.subtract(BigInteger.ONE);
        return previous.compareTo(shard.startingSequenceNumber) > 0 ? previous : shard.startingSequenceNumber;
    }

    private void finish(Throwable failure) {
        synchronized (this) {
            if (finished) {
                return;
            }
            finished = true;
            error = failure;
            if (failure != null) {
                buffer.clear(); // an error ends the stream at once, as AWS's exception frame does
            }
            stopTimers();
        }
        drain();
    }

    private void stopTimers() {
        shard.removeAppendListener(onAppend);
        if (heartbeat != null) {
            heartbeat.cancel();
        }
        if (expiry != null) {
            expiry.cancel();
        }
    }

    /** Hands buffered events to the subscriber as far as demand allows; one thread at a time does so. */
    private void drain() {
        if (draining.getAndIncrement() != 0) {
            return;
        }
        do {
            while (true) {
                SubscribeToShardEvent event;
                Flow.Subscriber<? super SubscribeToShardEvent> target;
                Throwable failure = null;
                boolean complete = false;
                synchronized (this) {
                    target = subscriber;
                    if (terminated || target == null) {
                        break;
                    }
                    if (!buffer.isEmpty() && demand > 0) {
                        event = buffer.poll();
                        demand--;
                    } else if (buffer.isEmpty() && finished) {
                        event = null;
                        terminated = true;
                        failure = error;
                        complete = true;
                    } else {
                        break;
                    }
                }
                if (complete) {
                    if (failure != null) {
                        target.onError(failure);
                    } else {
                        target.onComplete();
                    }
                    break;
                }
                target.onNext(event);
            }
        } while (draining.decrementAndGet() != 0);
    }

    private final class Demand implements Flow.Subscription {
        @Override
        public void request(long n) {
            if (n <= 0) {
                finish(new IllegalArgumentException("non-positive request: " + n)); // Reactive Streams §3.9
                return;
            }
            synchronized (ShardSubscription.this) {
                demand = demand + n < 0 ? Long.MAX_VALUE : demand + n;
            }
            drain();
        }

        @Override
        public void cancel() {
            synchronized (ShardSubscription.this) {
                finished = true;
                terminated = true;
                buffer.clear();
                stopTimers();
            }
        }
    }

    private static final class NoSubscription implements Flow.Subscription {
        @Override
        public void request(long n) {
            // Nothing will ever be delivered to a second subscriber.
        }

        @Override
        public void cancel() {
            // Nothing to stop.
        }
    }
}
