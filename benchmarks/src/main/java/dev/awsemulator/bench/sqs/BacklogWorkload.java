package dev.awsemulator.bench.sqs;

import dev.awsemulator.bench.BenchSettings;
import dev.awsemulator.bench.server.ProcessSample;
import dev.awsemulator.bench.server.ServerProcess;
import dev.awsemulator.bench.workload.Check;
import dev.awsemulator.bench.workload.Measurement;
import dev.awsemulator.bench.workload.Metric;
import dev.awsemulator.bench.workload.Workers;
import dev.awsemulator.bench.workload.WorkloadContext;
import software.amazon.awssdk.services.sqs.SqsClient;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * Memory with a backlog: queue {@link BenchSettings#backlog()} unique 256-byte messages with
 * SendMessageBatch, then read the server's RSS as the last send is answered, again after
 * {@link BenchSettings#idle()} without requests, and (for a JVM) after a full GC. The queue must then
 * hold every message.
 */
public final class BacklogWorkload implements SqsWorkload {

    private final BenchSettings settings;

    public BacklogWorkload(BenchSettings settings) {
        this.settings = settings;
    }

    @Override
    public String name() {
        return "backlog";
    }

    @Override
    public String title() {
        return String.format("%,d queued 256-byte messages in one queue (SendMessageBatch, %d client threads); RSS "
                + "as the last send is answered, after %s s idle, and after a full GC (jcmd GC.run); one op = one "
                + "message", settings.backlog(), settings.sendWorkers(), settings.idle().toSeconds());
    }

    @Override
    public Measurement run(WorkloadContext context) throws Exception {
        try (ServerProcess server = context.startServer(name());
             SqsClient sqs = SqsClients.sync(server.endpoint(), settings.sendWorkers())) {
            String queueUrl = sqs.createQueue(request -> request.queueName("bench-backlog")).queueUrl();
            MessageSender sender = MessageSender.batch();
            AtomicLong batchesLeft = new AtomicLong(settings.backlog() / sender.batchSize());
            LongAdder sent = new LongAdder();
            ProcessSample before = server.sample();
            long start = System.nanoTime();
            Workers workers = Workers.start(name(), settings.sendWorkers(), () -> {
                if (batchesLeft.getAndDecrement() <= 0) {
                    return false;
                }
                sent.add(sender.send(sqs, queueUrl));
                return true;
            });
            boolean finished;
            try (workers) {
                finished = workers.awaitDone(settings.backlogDeadline());
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            ProcessSample loaded = server.sample();
            Thread.sleep(settings.idle().toMillis());
            ProcessSample settled = server.sample();
            long queued = SqsClients.queued(sqs, queueUrl);
            Map<Metric, Double> values = new EnumMap<>(Metric.class);
            values.put(Metric.THROUGHPUT, sent.sum() / seconds);
            values.put(Metric.CPU_PER_1000, loaded.cpuSecondsSince(before) * 1000 / Math.max(1, sent.sum()));
            values.put(Metric.RSS_AT_END_MB, loaded.rssMb());
            values.put(Metric.RSS_MB, settled.rssMb());
            values.put(Metric.THREADS, (double) settled.threads());
            if (server.collectGarbage()) {
                Thread.sleep(settings.settle().toMillis());
                values.put(Metric.RSS_AFTER_GC_MB, server.sample().rssMb());
            }
            Check check = Check.of(finished && queued == settings.backlog() && workers.failures().count() == 0,
                    "%,d of %,d queued%s, %d errors (first: %s)", queued, settings.backlog(),
                    finished ? "" : " before the deadline of " + settings.backlogDeadline().toSeconds() + " s",
                    workers.failures().count(),
                    workers.failures().first());
            return new Measurement(name(), context.target().name(), values, check);
        }
    }
}
