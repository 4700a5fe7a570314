package dev.awsemulator.bench.sns;

import dev.awsemulator.bench.BenchSettings;
import dev.awsemulator.bench.Service;
import dev.awsemulator.bench.client.SdkClients;
import dev.awsemulator.bench.server.ServerProcess;
import dev.awsemulator.bench.sqs.SqsClients;
import dev.awsemulator.bench.workload.Check;
import dev.awsemulator.bench.workload.Measurement;
import dev.awsemulator.bench.workload.Window;
import dev.awsemulator.bench.workload.Windows;
import dev.awsemulator.bench.workload.Workers;
import dev.awsemulator.bench.workload.Workload;
import dev.awsemulator.bench.workload.WorkloadContext;
import org.HdrHistogram.Recorder;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sns.model.MessageAttributeValue;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * SNS Publish to a topic with five SQS subscriptions, two of them filtered on message attributes:
 * how many publishes a second the server fans out. One op = one publish; latency = one Publish call.
 * Afterwards each queue must hold exactly the messages its subscription matches.
 */
public final class SnsFanoutWorkload implements Workload {

    private static final long DRAIN_MILLIS = 30_000;
    private static final String PADDING = "x".repeat(256);

    private final BenchSettings settings;

    public SnsFanoutWorkload(BenchSettings settings) {
        this.settings = settings;
    }

    @Override
    public String name() {
        return "sns-fanout";
    }

    @Override
    public String title() {
        return "Publish (256-byte message, 2 attributes) to a topic with 5 SQS subscriptions, 2 of them filtered "
                + "(" + Subscriber.all().get(3).filterPolicy() + ", " + Subscriber.all().get(4).filterPolicy()
                + "), " + settings.sendWorkers() + " client threads; one op = one publish";
    }

    @Override
    public Service service() {
        return Service.SNS;
    }

    @Override
    public int rounds() {
        return settings.rounds();
    }

    @Override
    public Measurement run(WorkloadContext context) throws Exception {
        try (ServerProcess server = context.startServer(name());
             SnsClient sns = SdkClients.configure(SnsClient.builder(), server.endpoint())
                     .httpClientBuilder(SdkClients.blockingHttp(settings.sendWorkers())).build();
             SqsClient sqs = SqsClients.sync(server.endpoint(), 2)) {
            String topicArn = sns.createTopic(request -> request.name("bench-fanout")).topicArn();
            List<String> queueUrls = new ArrayList<>();
            for (Subscriber subscriber : Subscriber.all()) {
                String queueUrl = sqs.createQueue(request -> request.queueName(subscriber.queue())).queueUrl();
                String queueArn = sqs.getQueueAttributes(request -> request.queueUrl(queueUrl)
                        .attributeNames(QueueAttributeName.QUEUE_ARN)).attributes().get(QueueAttributeName.QUEUE_ARN);
                sns.subscribe(request -> request.topicArn(topicArn).protocol("sqs").endpoint(queueArn)
                        .attributes(subscriber.attributes()));
                queueUrls.add(queueUrl);
            }
            AtomicLong ids = new AtomicLong();
            PublishLedger ledger = new PublishLedger(Subscriber.all());
            Recorder latencies = new Recorder(3);
            Workers publishers = Workers.start(name(), settings.sendWorkers(), () -> {
                long id = ids.getAndIncrement();
                long start = System.nanoTime();
                sns.publish(request -> request.topicArn(topicArn).message(id + ":" + PADDING)
                        .messageAttributes(attributes(id)));
                latencies.recordValue((System.nanoTime() - start) / 1000);
                ledger.published(id);
                return true;
            });
            List<Window> windows;
            try (publishers) {
                windows = Windows.measure(server, settings.warmup(), settings.window(), settings.windows(),
                        ledger::publishes, latencies);
            }
            boolean drained = awaitQueued(sqs, queueUrls, ledger);
            StringJoiner counts = new StringJoiner(", ");
            for (int i = 0; i < queueUrls.size(); i++) {
                counts.add(SqsClients.queued(sqs, queueUrls.get(i)) + "/" + ledger.expected(i));
            }
            Check check = Check.of(drained && publishers.failures().count() == 0,
                    "%d published; queued/expected per subscription: %s; %d errors (first: %s)", ledger.publishes(),
                    counts, publishers.failures().count(), publishers.failures().first());
            return context.measurement(this, windows, check);
        }
    }

    /** Numbers a publish carries: {@code kind} (even or odd) and {@code n} (0 to 99), both from its id. */
    static Map<String, MessageAttributeValue> attributes(long id) {
        return Map.of(
                "kind", MessageAttributeValue.builder().dataType("String").stringValue(Subscriber.kind(id)).build(),
                "n", MessageAttributeValue.builder().dataType("Number").stringValue(Long.toString(Subscriber.n(id)))
                        .build());
    }

    /** Waits until every queue holds what its subscription should have received. */
    private static boolean awaitQueued(SqsClient sqs, List<String> queueUrls, PublishLedger ledger)
            throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(DRAIN_MILLIS);
        for (int i = 0; i < queueUrls.size(); i++) {
            while (SqsClients.queued(sqs, queueUrls.get(i)) != ledger.expected(i)) {
                if (System.nanoTime() > deadline) {
                    return false;
                }
                Thread.sleep(50);
            }
        }
        return true;
    }
}
