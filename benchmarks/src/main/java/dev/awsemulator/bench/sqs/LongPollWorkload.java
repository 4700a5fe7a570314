package dev.awsemulator.bench.sqs;

import dev.awsemulator.bench.BenchSettings;
import dev.awsemulator.bench.BenchSettings.PollShape;
import dev.awsemulator.bench.server.ServerProcess;
import dev.awsemulator.bench.server.Target;
import dev.awsemulator.bench.workload.DeliveryLedger;
import dev.awsemulator.bench.workload.Measurement;
import dev.awsemulator.bench.workload.Pacer;
import dev.awsemulator.bench.workload.Window;
import dev.awsemulator.bench.workload.Windows;
import dev.awsemulator.bench.workload.Workers;
import dev.awsemulator.bench.workload.WorkloadContext;
import org.HdrHistogram.Recorder;
import software.amazon.awssdk.services.sqs.SqsAsyncClient;
import software.amazon.awssdk.services.sqs.SqsClient;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.IntStream;

/**
 * Many concurrent long polls on many queues and a trickle of sends to random queues: how fast a
 * waiting receiver gets a message (one op = one delivery; latency = send start to receive), how many
 * threads the server needs to hold the polls, and what waiting costs in CPU.
 */
public final class LongPollWorkload implements SqsWorkload {

    private static final long DRAIN_MILLIS = 5_000;
    private static final int COMPLETION_THREADS = 2;

    private final String name;
    private final PollShape shape;
    private final BenchSettings settings;

    private LongPollWorkload(String name, PollShape shape, BenchSettings settings) {
        this.name = name;
        this.shape = shape;
        this.settings = settings;
    }

    public static LongPollWorkload few(BenchSettings settings) {
        return new LongPollWorkload("long-poll-few", settings.fewPolls(), settings);
    }

    public static LongPollWorkload many(BenchSettings settings) {
        return new LongPollWorkload("long-poll-many", settings.manyPolls(), settings);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String title() {
        return String.format("%,d concurrent 20 s long polls on %,d queues, %d sends/s to random queues; "
                + "one op = one delivery", shape.polls(), shape.queues(), settings.sendsPerSecond());
    }

    @Override
    public Measurement run(WorkloadContext context) throws Exception {
        Target.ConnectionLimit limit = context.target().connections();
        if (shape.polls() > limit.max()) {
            return Measurement.skipped(name, context.target().name(), limit.why());
        }
        ExecutorService completions = Executors.newFixedThreadPool(COMPLETION_THREADS, daemon());
        try (ServerProcess server = context.startServer(name);
             SqsClient sqs = SqsClients.sync(server.endpoint(), 2);
             SqsAsyncClient async = SqsClients.async(server.endpoint(), shape.polls() + 16, completions)) {
            List<String> queueUrls = IntStream.range(0, shape.queues())
                    .mapToObj(i -> sqs.createQueue(request -> request.queueName("bench-poll-" + i)).queueUrl())
                    .toList();
            DeliveryLedger ledger = new DeliveryLedger();
            Recorder latencies = new Recorder(3);
            try (Pollers pollers = new Pollers(async, ledger, latencies)) {
                pollers.open(queueUrls, shape.polls());
                Thread.sleep(settings.settle().toMillis());
                Pacer pacer = new Pacer(settings.sendsPerSecond());
                Workers trickle = Workers.start("trickle", 1, () -> {
                    pacer.awaitNext();
                    long id = ledger.nextId();
                    String queueUrl = queueUrls.get(ThreadLocalRandom.current().nextInt(queueUrls.size()));
                    sqs.sendMessage(request -> request.queueUrl(queueUrl)
                            .messageBody(MessageBodies.encode(id, System.nanoTime())));
                    ledger.sent(id);
                    return true;
                });
                List<Window> windows;
                try (trickle) {
                    windows = Windows.measure(server, settings.settle(), settings.window(), settings.pollWindows(),
                            pollers::delivered, latencies);
                }
                ledger.awaitAll(DRAIN_MILLIS);
                return context.measurement(this, windows, ledger.check(trickle.failures(), pollers.failures()));
            }
        } finally {
            completions.shutdownNow();
        }
    }

    private static ThreadFactory daemon() {
        return runnable -> {
            Thread thread = new Thread(runnable, "poll-completions");
            thread.setDaemon(true);
            return thread;
        };
    }
}
