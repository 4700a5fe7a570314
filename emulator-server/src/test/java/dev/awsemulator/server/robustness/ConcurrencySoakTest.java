package dev.awsemulator.server.robustness;

import dev.awsemulator.core.Emulator;
import dev.awsemulator.core.sqs.SqsOptions;
import dev.awsemulator.server.EmulatorServer;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.client.builder.SdkSyncClientBuilder;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.kinesis.KinesisClient;
import software.amazon.awssdk.services.kinesis.model.GetRecordsResponse;
import software.amazon.awssdk.services.kinesis.model.Record;
import software.amazon.awssdk.services.kinesis.model.ScalingType;
import software.amazon.awssdk.services.kinesis.model.Shard;
import software.amazon.awssdk.services.kinesis.model.ShardIteratorType;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;
import software.amazon.awssdk.services.sqs.model.SqsException;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sixteen SDK clients at once on wall-clock time: SQS standard and FIFO producers and consumers
 * (some batches abandoned, so visibility timeouts expire mid-flight), SNS fanout to two queues,
 * Kinesis producers with a reshard in the middle. Nothing is lost, FIFO groups stay in order, no
 * message is delivered twice within one visibility timeout, no Kinesis record is lost or reordered
 * within a shard, and the server's threads and heap come back to where they started.
 * {@code -Dsoak.seconds=N} sets the load phase (default 15 s; the README has a long run).
 */
class ConcurrencySoakTest {

    private static final Duration LOAD = Duration.ofSeconds(Long.getLong("soak.seconds", 15));
    private static final Duration DRAIN = Duration.ofSeconds(90);
    private static final int VISIBILITY_SECONDS = 2;
    private static final long VISIBILITY_MILLIS = TimeUnit.SECONDS.toMillis(VISIBILITY_SECONDS);

    private final AtomicBoolean producing = new AtomicBoolean(true);
    private final AtomicBoolean consuming = new AtomicBoolean(true);
    private final List<String> violations = new CopyOnWriteArrayList<>();

    /**
     * One queue's view from the clients: what was sent and every receipt, with when it was asked for. Receipt
     * times are read from the wall clock in milliseconds, the clock the server's visibility timeouts run on:
     * measured on the monotonic clock instead, the server's rounding to the millisecond and any adjustment of
     * the wall clock (a fresh machine's time being set) would make a timely redelivery look early.
     */
    private final class Ledger {
        final Set<String> sent = ConcurrentHashMap.newKeySet();
        final Map<String, Long> firstAskedAt = new ConcurrentHashMap<>();
        final Set<String> received = ConcurrentHashMap.newKeySet();

        /** A second receipt answered before the first one's visibility timeout could end is a duplicate. */
        void receipt(String id, long askedAt, long answeredAt, int receiveCount) {
            received.add(id);
            Long first = firstAskedAt.putIfAbsent(id + "#" + receiveCount, askedAt);
            Long previous = firstAskedAt.get(id + "#" + (receiveCount - 1));
            if (first != null) {
                violations.add("receive count " + receiveCount + " of " + id + " seen twice");
            } else if (previous != null && answeredAt < previous + VISIBILITY_MILLIS) {
                violations.add(id + " delivered again " + (answeredAt - previous)
                        + " ms after it was first asked for, within its visibility timeout");
            }
        }
    }

    @Test
    void sixteenClientsLoseNothingKeepOrderAndLeaveTheServerAsTheyFoundIt() throws Exception {
        Emulator emulator = Emulator.builder().sqsOptions(SqsOptions.RELAXED).build();
        try (EmulatorServer server = EmulatorServer.builder().port(0).emulator(emulator).start()) {
            Baseline baseline = Baseline.take();
            try (SqsClient sqs = client(SqsClient.builder(), server); SnsClient sns = client(SnsClient.builder(), server);
                 KinesisClient kinesis = client(KinesisClient.builder(), server)) {
                run(sqs, sns, kinesis);
            }
            emulator.reset();
            baseline.assertReturnedTo();
        } finally {
            emulator.close();
        }
    }

    private void run(SqsClient sqs, SnsClient sns, KinesisClient kinesis) throws Exception {
        Map<String, String> visibility = Map.of("VisibilityTimeout", String.valueOf(VISIBILITY_SECONDS));
        String standard = sqs.createQueue(b -> b.queueName("soak").attributesWithStrings(visibility)).queueUrl();
        Map<String, String> fifoAttributes = new HashMap<>(visibility);
        fifoAttributes.put("FifoQueue", "true");
        String fifo = sqs.createQueue(b -> b.queueName("soak.fifo").attributesWithStrings(fifoAttributes)).queueUrl();
        String topic = sns.createTopic(b -> b.name("soak")).topicArn();
        List<String> fanoutQueues = new ArrayList<>();
        for (String name : List.of("soak-fan-a", "soak-fan-b")) {
            String url = sqs.createQueue(b -> b.queueName(name).attributesWithStrings(visibility)).queueUrl();
            sns.subscribe(b -> b.topicArn(topic).protocol("sqs").attributes(Map.of("RawMessageDelivery", "true"))
                    .endpoint("arn:aws:sqs:us-east-1:000000000000:" + name));
            fanoutQueues.add(url);
        }
        kinesis.createStream(b -> b.streamName("soak").shardCount(2));

        Ledger standardLedger = new Ledger();
        Ledger fifoLedger = new Ledger();
        Map<String, Ledger> fanoutLedgers = Map.of(fanoutQueues.get(0), new Ledger(), fanoutQueues.get(1), new Ledger());
        Set<String> published = ConcurrentHashMap.newKeySet();
        Map<String, Integer> lastFirstReceipt = new ConcurrentHashMap<>();
        Map<String, Set<Integer>> acknowledgedPuts = new ConcurrentHashMap<>();

        ExecutorService clients = Executors.newFixedThreadPool(16);
        List<Future<?>> work = new ArrayList<>();
        for (int p = 0; p < 4; p++) {
            String producer = "s" + p;
            work.add(clients.submit(() -> produce(producer, id -> {
                sqs.sendMessage(b -> b.queueUrl(standard).messageBody(id));
                standardLedger.sent.add(id);
            })));
        }
        for (int c = 0; c < 3; c++) {
            work.add(clients.submit(() -> consume(sqs, standard, standardLedger, null)));
        }
        for (int p = 0; p < 2; p++) {
            String producer = "f" + p;
            work.add(clients.submit(() -> produce(producer, id -> {
                String group = producer + "-g" + (Integer.parseInt(id.substring(id.indexOf(':') + 1)) % 2);
                sqs.sendMessage(b -> b.queueUrl(fifo).messageBody(group + "/" + id).messageGroupId(group)
                        .messageDeduplicationId(id.replace(':', '-')));
                fifoLedger.sent.add(group + "/" + id);
            })));
        }
        for (int c = 0; c < 2; c++) {
            work.add(clients.submit(() -> consume(sqs, fifo, fifoLedger, lastFirstReceipt)));
        }
        for (int p = 0; p < 2; p++) {
            String producer = "n" + p;
            work.add(clients.submit(() -> produce(producer, id -> {
                sns.publish(b -> b.topicArn(topic).message(id));
                published.add(id);
            })));
        }
        work.add(clients.submit(() -> {
            while (consuming.get()) {
                fanoutQueues.forEach(url -> receiveOnce(sqs, url, fanoutLedgers.get(url), null));
            }
        }));
        long reshardAt = System.nanoTime() + LOAD.toNanos() / 2;
        AtomicBoolean resharded = new AtomicBoolean();
        for (int p = 0; p < 2; p++) {
            String producer = "k" + p;
            work.add(clients.submit(() -> produce(producer, id -> {
                int counter = Integer.parseInt(id.substring(id.indexOf(':') + 1));
                if (System.nanoTime() > reshardAt && resharded.compareAndSet(false, true)) {
                    kinesis.updateShardCount(b -> b.streamName("soak").targetShardCount(4)
                            .scalingType(ScalingType.UNIFORM_SCALING));
                }
                String key = producer + "-key" + counter % 5;
                kinesis.putRecord(b -> b.streamName("soak").partitionKey(key).data(SdkBytes.fromUtf8String(id)));
                acknowledgedPuts.computeIfAbsent(producer, k -> ConcurrentHashMap.newKeySet()).add(counter);
            })));
        }

        Thread.sleep(LOAD.toMillis());
        producing.set(false);
        List<String> queues = List.of(standard, fifo, fanoutQueues.get(0), fanoutQueues.get(1));
        long drainUntil = System.nanoTime() + DRAIN.toNanos();
        while (System.nanoTime() < drainUntil && !(standardLedger.received.containsAll(standardLedger.sent)
                && fifoLedger.received.containsAll(fifoLedger.sent)
                && fanoutLedgers.values().stream().allMatch(ledger -> ledger.received.containsAll(published))
                && queues.stream().allMatch(url -> empty(sqs, url)))) {
            Thread.sleep(100);
        }
        consuming.set(false);
        for (Future<?> done : work) {
            done.get(60, TimeUnit.SECONDS);
        }
        clients.shutdown();

        assertThat(violations).isEmpty();
        assertThat(standardLedger.sent).isNotEmpty();
        assertThat(standardLedger.received).containsAll(standardLedger.sent);
        assertThat(fifoLedger.received).containsAll(fifoLedger.sent);
        fanoutLedgers.values().forEach(ledger -> assertThat(ledger.received).containsAll(published).hasSameSizeAs(published));
        assertThat(queues).allSatisfy(url -> assertThat(empty(sqs, url)).as(url).isTrue());
        assertKinesisRecordsComplete(kinesis, acknowledgedPuts);
        System.out.printf("soak: %d standard, %d FIFO, %d published x2, %d Kinesis records in %s%n",
                standardLedger.sent.size(), fifoLedger.sent.size(), published.size(),
                acknowledgedPuts.values().stream().mapToInt(Set::size).sum(), LOAD);
    }

    private static boolean empty(SqsClient sqs, String url) {
        Map<String, String> attributes = sqs.getQueueAttributes(b -> b.queueUrl(url).attributeNames(QueueAttributeName.ALL))
                .attributesAsStrings();
        return attributes.get("ApproximateNumberOfMessages").equals("0")
                && attributes.get("ApproximateNumberOfMessagesNotVisible").equals("0");
    }

    private interface Step {
        void run(String id);
    }

    private void produce(String producer, Step step) {
        for (int counter = 0; producing.get(); counter++) {
            step.run(producer + ":" + counter);
        }
    }

    private void consume(SqsClient sqs, String url, Ledger ledger, Map<String, Integer> lastFirstReceipt) {
        while (consuming.get()) {
            receiveOnce(sqs, url, ledger, lastFirstReceipt);
        }
    }

    /**
     * One receive; one batch in twenty is abandoned so its visibility timeout ends mid-flight. On a
     * FIFO queue, the first receipt of each message in a group must follow the previous one's.
     */
    private void receiveOnce(SqsClient sqs, String url, Ledger ledger, Map<String, Integer> lastFirstReceipt) {
        long askedAt = System.currentTimeMillis();
        List<Message> messages = sqs.receiveMessage(b -> b.queueUrl(url).maxNumberOfMessages(10).waitTimeSeconds(1)
                .messageSystemAttributeNames(MessageSystemAttributeName.APPROXIMATE_RECEIVE_COUNT)).messages();
        long answeredAt = System.currentTimeMillis();
        for (Message message : messages) {
            int receiveCount = Integer.parseInt(message.attributes().get(MessageSystemAttributeName.APPROXIMATE_RECEIVE_COUNT));
            if (lastFirstReceipt != null && receiveCount == 1) {
                String group = message.body().substring(0, message.body().indexOf('/'));
                int counter = Integer.parseInt(message.body().substring(message.body().indexOf(':') + 1));
                Integer previous = lastFirstReceipt.put(group, counter);
                if (previous != null && counter != previous + 2) { // a producer alternates two groups
                    violations.add("FIFO group " + group + " received " + counter + " after " + previous);
                }
            }
            ledger.receipt(message.body(), askedAt, answeredAt, receiveCount);
        }
        if (messages.isEmpty() || ThreadLocalRandom.current().nextInt(20) == 0 && producing.get()) {
            return;
        }
        for (Message message : messages) {
            try {
                sqs.deleteMessage(b -> b.queueUrl(url).receiptHandle(message.receiptHandle()));
            } catch (SqsException e) {
                // A FIFO handle whose visibility timeout ended before the delete (a slow machine): it comes back.
                assertThat(e.getMessage()).contains("The receipt handle has expired");
            }
        }
    }

    /** Every acknowledged put is in the stream once, and each shard holds each key's records in put order. */
    private static void assertKinesisRecordsComplete(KinesisClient kinesis, Map<String, Set<Integer>> acknowledged) {
        Map<String, List<Integer>> stored = new HashMap<>();
        List<Shard> shards = kinesis.listShards(b -> b.streamName("soak")).shards();
        assertThat(shards).hasSizeGreaterThan(2);
        for (Shard shard : shards) {
            Map<String, Integer> lastByKey = new HashMap<>();
            String iterator = kinesis.getShardIterator(b -> b.streamName("soak").shardId(shard.shardId())
                    .shardIteratorType(ShardIteratorType.TRIM_HORIZON)).shardIterator();
            while (iterator != null) {
                String current = iterator;
                GetRecordsResponse page = kinesis.getRecords(b -> b.shardIterator(current).limit(10_000));
                for (Record record : page.records()) {
                    String id = record.data().asUtf8String();
                    String producer = id.substring(0, id.indexOf(':'));
                    int counter = Integer.parseInt(id.substring(id.indexOf(':') + 1));
                    Integer last = lastByKey.put(record.partitionKey(), counter);
                    assertThat(last == null || last < counter).as("%s after %s in %s", id, last, shard.shardId()).isTrue();
                    stored.computeIfAbsent(producer, k -> new ArrayList<>()).add(counter);
                }
                iterator = page.records().isEmpty() && page.millisBehindLatest() == 0 ? null : page.nextShardIterator();
            }
        }
        acknowledged.forEach((producer, counters) -> {
            assertThat(stored.get(producer)).as(producer).containsAll(counters).doesNotHaveDuplicates();
        });
    }

    private static <B extends AwsClientBuilder<B, C> & SdkSyncClientBuilder<B, C>, C> C client(B builder,
                                                                                          EmulatorServer server) {
        return builder.endpointOverride(server.endpoint()).region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("k", "s")))
                .httpClientBuilder(Apache5HttpClient.builder().maxConnections(64))
                .overrideConfiguration(o -> o.apiCallTimeout(Duration.ofSeconds(30))).build();
    }

    /** The JVM's threads and heap before the load, to compare with after it (with some slack). */
    private record Baseline(int threads, long heap) {
        private static final int THREAD_SLACK = 6;
        private static final long HEAP_SLACK = 96L * 1024 * 1024;

        static Baseline take() {
            return new Baseline(ManagementFactory.getThreadMXBean().getThreadCount(), heapAfterGc());
        }

        /** Client threads wind down on their own; waits for that, up to 30 seconds, then compares. */
        void assertReturnedTo() throws InterruptedException {
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (ManagementFactory.getThreadMXBean().getThreadCount() > threads + THREAD_SLACK
                    && System.nanoTime() < until) {
                Thread.sleep(200);
            }
            int threadsAfter = ManagementFactory.getThreadMXBean().getThreadCount();
            long heapAfter = heapAfterGc();
            System.out.printf("soak: threads %d -> %d, heap %d MB -> %d MB%n", threads, threadsAfter,
                    heap >> 20, heapAfter >> 20);
            assertThat(threadsAfter).isLessThanOrEqualTo(threads + THREAD_SLACK);
            assertThat(heapAfter).isLessThanOrEqualTo(heap + HEAP_SLACK);
        }

        private static long heapAfterGc() {
            System.gc();
            return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        }
    }
}
