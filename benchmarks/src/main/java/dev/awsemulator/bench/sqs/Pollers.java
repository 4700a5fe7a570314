package dev.awsemulator.bench.sqs;

import dev.awsemulator.bench.workload.DeliveryLedger;
import dev.awsemulator.bench.workload.Failures;
import org.HdrHistogram.Recorder;
import software.amazon.awssdk.services.sqs.SqsAsyncClient;
import software.amazon.awssdk.services.sqs.model.Message;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;

/**
 * Concurrent 20-second long polls that re-poll as soon as they return, as consumers do. Each
 * delivered message is recorded (latency from its send, in the ledger) and deleted. Holds no
 * thread per poll: the SDK's Netty client keeps each on its own connection.
 */
final class Pollers implements AutoCloseable {

    private static final int WAIT_SECONDS = 20;
    private static final int RAMP_STEP = 50;
    private static final long RAMP_PAUSE_MILLIS = 50;
    private static final long RETRY_PAUSE_MILLIS = 100;

    private final SqsAsyncClient sqs;
    private final DeliveryLedger ledger;
    private final Recorder latencies;
    private final LongAdder delivered = new LongAdder();
    private final Failures failures = new Failures();
    private final AtomicBoolean open = new AtomicBoolean(true);

    Pollers(SqsAsyncClient sqs, DeliveryLedger ledger, Recorder latencies) {
        this.sqs = sqs;
        this.ledger = ledger;
        this.latencies = latencies;
    }

    /**
     * Opens {@code polls} long polls, spread evenly over the queues, 1,000 per second: faster ramps
     * overflow the accept backlog of some peers (Pekko HTTP's is 100) and measure connection storms
     * instead of waiting receivers.
     */
    void open(List<String> queueUrls, int polls) throws InterruptedException {
        for (int i = 0; i < polls; i++) {
            poll(queueUrls.get(i % queueUrls.size()));
            if ((i + 1) % RAMP_STEP == 0) {
                Thread.sleep(RAMP_PAUSE_MILLIS);
            }
        }
    }

    long delivered() {
        return delivered.sum();
    }

    Failures failures() {
        return failures;
    }

    private void poll(String queueUrl) {
        sqs.receiveMessage(request -> request.queueUrl(queueUrl).waitTimeSeconds(WAIT_SECONDS).maxNumberOfMessages(1))
                .whenComplete((response, failure) -> {
                    if (!open.get()) {
                        return;
                    }
                    if (failure != null) {
                        failures.add(failure);
                        CompletableFuture.delayedExecutor(RETRY_PAUSE_MILLIS, TimeUnit.MILLISECONDS)
                                .execute(() -> poll(queueUrl));
                        return;
                    }
                    response.messages().forEach(message -> deliver(queueUrl, message));
                    poll(queueUrl);
                });
    }

    private void deliver(String queueUrl, Message message) {
        latencies.recordValue((System.nanoTime() - MessageBodies.sentNanos(message.body())) / 1000);
        ledger.received(MessageBodies.id(message.body()));
        delivered.increment();
        sqs.deleteMessage(request -> request.queueUrl(queueUrl).receiptHandle(message.receiptHandle()))
                .whenComplete((response, failure) -> {
                    if (failure != null) {
                        failures.add(failure);
                    }
                });
    }

    /** Stops re-polling; polls still open end when the client closes. */
    @Override
    public void close() {
        open.set(false);
    }
}
