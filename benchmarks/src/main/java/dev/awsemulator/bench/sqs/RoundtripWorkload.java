package dev.awsemulator.bench.sqs;

import dev.awsemulator.bench.BenchSettings;
import dev.awsemulator.bench.server.ServerProcess;
import dev.awsemulator.bench.workload.DeliveryLedger;
import dev.awsemulator.bench.workload.Measurement;
import dev.awsemulator.bench.workload.Window;
import dev.awsemulator.bench.workload.Windows;
import dev.awsemulator.bench.workload.Workers;
import dev.awsemulator.bench.workload.WorkloadContext;
import org.HdrHistogram.Recorder;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.DeleteMessageBatchRequestEntry;
import software.amazon.awssdk.services.sqs.model.DeleteMessageBatchResponse;
import software.amazon.awssdk.services.sqs.model.Message;

import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.IntStream;

/**
 * Producers send single messages; consumers receive up to ten (1-second long poll) and delete them
 * with one DeleteMessageBatch. At most {@link BenchSettings#inFlight()} messages are between send and
 * delete, so the queue stays short and latency is the system's, not a backlog's. One op = one message
 * sent, received and deleted; latency = send start to delete acknowledged.
 */
public final class RoundtripWorkload implements SqsWorkload {

    private static final long DRAIN_MILLIS = 15_000;

    private final BenchSettings settings;

    public RoundtripWorkload(BenchSettings settings) {
        this.settings = settings;
    }

    @Override
    public String name() {
        return "roundtrip";
    }

    @Override
    public String title() {
        return "send → receive (≤10, 1 s wait) → delete batch, " + settings.producers() + " producers, "
                + settings.consumers() + " consumers, ≤" + settings.inFlight() + " in flight; one op = one message";
    }

    @Override
    public int rounds() {
        return settings.rounds();
    }

    @Override
    public Measurement run(WorkloadContext context) throws Exception {
        int threads = settings.producers() + settings.consumers();
        try (ServerProcess server = context.startServer(name()); SqsClient sqs = SqsClients.sync(server.endpoint(), threads)) {
            String queueUrl = sqs.createQueue(request -> request.queueName("bench-roundtrip")).queueUrl();
            DeliveryLedger ledger = new DeliveryLedger();
            Semaphore inFlight = new Semaphore(settings.inFlight());
            LongAdder completed = new LongAdder();
            Recorder latencies = new Recorder(3);
            Workers consumers = Workers.start("consumer", settings.consumers(), () -> {
                List<Message> messages = sqs.receiveMessage(request -> request.queueUrl(queueUrl)
                        .maxNumberOfMessages(10).waitTimeSeconds(1)).messages();
                if (!messages.isEmpty()) {
                    delete(sqs, queueUrl, messages);
                    long now = System.nanoTime();
                    for (Message message : messages) {
                        ledger.received(MessageBodies.id(message.body()));
                        latencies.recordValue((now - MessageBodies.sentNanos(message.body())) / 1000);
                    }
                    completed.add(messages.size());
                    inFlight.release(messages.size());
                }
                return true;
            });
            List<Window> windows;
            try (consumers) {
                Workers producers = Workers.start("producer", settings.producers(), () -> {
                    if (inFlight.tryAcquire(100, TimeUnit.MILLISECONDS)) {
                        long id = ledger.nextId();
                        try {
                            sqs.sendMessage(request -> request.queueUrl(queueUrl)
                                    .messageBody(MessageBodies.encode(id, System.nanoTime())));
                        } catch (RuntimeException e) {
                            inFlight.release();
                            throw e;
                        }
                        ledger.sent(id);
                    }
                    return true;
                });
                try (producers) {
                    windows = Windows.measure(server, settings.warmup(), settings.window(), settings.windows(),
                            completed::sum, latencies);
                }
                ledger.awaitAll(DRAIN_MILLIS);
                return context.measurement(this, windows,
                        ledger.check(producers.failures(), consumers.failures()));
            }
        }
    }

    private static void delete(SqsClient sqs, String queueUrl, List<Message> messages) {
        List<DeleteMessageBatchRequestEntry> entries = IntStream.range(0, messages.size())
                .mapToObj(i -> DeleteMessageBatchRequestEntry.builder()
                        .id("m" + i).receiptHandle(messages.get(i).receiptHandle()).build())
                .toList();
        DeleteMessageBatchResponse response = sqs.deleteMessageBatch(request -> request.queueUrl(queueUrl).entries(entries));
        if (!response.failed().isEmpty()) {
            throw new IllegalStateException("delete entries failed: " + response.failed());
        }
    }
}
