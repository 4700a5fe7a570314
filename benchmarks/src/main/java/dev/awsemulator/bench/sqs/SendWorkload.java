package dev.awsemulator.bench.sqs;

import dev.awsemulator.bench.BenchSettings;
import dev.awsemulator.bench.server.ServerProcess;
import dev.awsemulator.bench.workload.Check;
import dev.awsemulator.bench.workload.Measurement;
import dev.awsemulator.bench.workload.Window;
import dev.awsemulator.bench.workload.Windows;
import dev.awsemulator.bench.workload.Workers;
import dev.awsemulator.bench.workload.WorkloadContext;
import org.HdrHistogram.Recorder;
import software.amazon.awssdk.services.sqs.SqsClient;

import java.util.List;
import java.util.concurrent.atomic.LongAdder;

/**
 * Producers only: SendMessage, or SendMessageBatch of ten, as fast as a few client threads go. An
 * operation is one message; the latency is one request's. Afterwards the queue must hold every
 * acknowledged message.
 */
public final class SendWorkload implements SqsWorkload {

    private final MessageSender sender;
    private final BenchSettings settings;

    private SendWorkload(MessageSender sender, BenchSettings settings) {
        this.sender = sender;
        this.settings = settings;
    }

    public static SendWorkload single(BenchSettings settings) {
        return new SendWorkload(MessageSender.single(), settings);
    }

    public static SendWorkload batch(BenchSettings settings) {
        return new SendWorkload(MessageSender.batch(), settings);
    }

    @Override
    public String name() {
        return sender.batchSize() == 1 ? "send" : "send-batch";
    }

    @Override
    public String title() {
        String call = sender.batchSize() == 1 ? "SendMessage" : "SendMessageBatch of " + sender.batchSize();
        return call + ", 256-byte bodies, " + settings.sendWorkers() + " client threads; one op = one message";
    }

    @Override
    public int rounds() {
        return settings.rounds();
    }

    @Override
    public Measurement run(WorkloadContext context) throws Exception {
        try (ServerProcess server = context.startServer(name());
             SqsClient sqs = SqsClients.sync(server.endpoint(), settings.sendWorkers())) {
            String queueUrl = sqs.createQueue(request -> request.queueName("bench-" + name())).queueUrl();
            LongAdder sent = new LongAdder();
            Recorder latencies = new Recorder(3);
            List<Window> windows;
            Workers workers = Workers.start(name(), settings.sendWorkers(), () -> {
                long start = System.nanoTime();
                sent.add(sender.send(sqs, queueUrl));
                latencies.recordValue((System.nanoTime() - start) / 1000);
                return true;
            });
            try (workers) {
                windows = Windows.measure(server, settings.warmup(), settings.window(), settings.windows(),
                        sent::sum, latencies);
            }
            long queued = SqsClients.queued(sqs, queueUrl);
            Check check = Check.of(queued == sent.sum() && workers.failures().count() == 0,
                    "%d acknowledged, %d queued, %d errors (first: %s)", sent.sum(), queued, workers.failures().count(),
                    workers.failures().first());
            return context.measurement(this, windows, check);
        }
    }
}
