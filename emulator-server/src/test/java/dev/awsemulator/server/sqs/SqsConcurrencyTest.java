package dev.awsemulator.server.sqs;

import dev.awsemulator.server.EmulatorServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.DeleteMessageBatchRequestEntry;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchRequestEntry;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 8 producers and 8 consumers on one queue, 100,000 messages, through the SDK over HTTP on real time.
 * The visibility timeout outlasts the test, so every message must arrive exactly once, and on the FIFO
 * queue each group's messages in the order they were sent.
 */
class SqsConcurrencyTest {

    private static final int THREADS = 8;
    private static final int MESSAGES = 100_000;
    private static final int GROUPS = 64;

    private static EmulatorServer server;
    private static SqsClient sqs;

    @BeforeAll
    static void start() {
        server = EmulatorServer.builder().port(0).start();
        sqs = SqsClient.builder()
                .endpointOverride(server.endpoint())
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("k", "s")))
                .httpClientBuilder(Apache5HttpClient.builder().maxConnections(2 * THREADS))
                .build();
    }

    @AfterAll
    static void stop() {
        sqs.close();
        server.close();
    }

    @Test
    void standardQueueDeliversEveryMessageExactlyOnce() throws Exception {
        String url = sqs.createQueue(b -> b.queueName("load").attributesWithStrings(
                Map.of("VisibilityTimeout", "600"))).queueUrl();
        Map<String, AtomicInteger> receipts = new ConcurrentHashMap<>();

        run(url, (producer, batch) -> entries(producer, batch, null), messages -> messages.forEach(message ->
                receipts.computeIfAbsent(message.body(), body -> new AtomicInteger()).incrementAndGet()));

        assertThat(receipts).hasSize(MESSAGES);
        assertThat(receipts.values()).allMatch(count -> count.get() == 1);
        assertQueueEmpty(url);
    }

    @Test
    void fifoQueueKeepsOrderPerGroupAndDeliversEveryMessageOnce() throws Exception {
        String url = sqs.createQueue(b -> b.queueName("load.fifo").attributesWithStrings(Map.of(
                "FifoQueue", "true", "ContentBasedDeduplication", "true", "VisibilityTimeout", "600"))).queueUrl();
        Map<String, Long> lastSeenPerGroup = new ConcurrentHashMap<>();
        Set<String> bodies = ConcurrentHashMap.newKeySet();
        List<String> violations = new ArrayList<>();

        run(url, (producer, batch) -> entries(producer, batch, GROUPS / THREADS), messages -> {
            for (Message message : messages) {
                String group = message.attributes().get(MessageSystemAttributeName.MESSAGE_GROUP_ID);
                long sequence = Long.parseLong(message.body().substring(message.body().lastIndexOf('-') + 1));
                Long previous = lastSeenPerGroup.put(group, sequence);
                if (previous != null && previous >= sequence) {
                    synchronized (violations) {
                        violations.add(group + ": " + previous + " then " + sequence);
                    }
                }
                bodies.add(message.body());
            }
        });

        assertThat(violations).isEmpty();
        assertThat(bodies).hasSize(MESSAGES);
        assertQueueEmpty(url);
    }

    private interface Batches {
        List<SendMessageBatchRequestEntry> batch(int producer, int batch);
    }

    private interface Receiver {
        void received(List<Message> messages);
    }

    /** Producer p sends its share in batches of 10; message bodies are "p-g-n" with n increasing per group. */
    private static List<SendMessageBatchRequestEntry> entries(int producer, int batch, Integer groupsPerProducer) {
        List<SendMessageBatchRequestEntry> entries = new ArrayList<>(10);
        for (int i = 0; i < 10; i++) {
            long sequence = batch * 10L + i;
            String group = groupsPerProducer == null ? null
                    : producer + "-" + (sequence % groupsPerProducer);
            SendMessageBatchRequestEntry.Builder entry = SendMessageBatchRequestEntry.builder()
                    .id("e" + i).messageBody(producer + "-" + (group == null ? "x" : group) + "-" + sequence);
            entries.add(group == null ? entry.build() : entry.messageGroupId(group).build());
        }
        return entries;
    }

    private static void run(String url, Batches batches, Receiver receiver) throws Exception {
        int batchesPerProducer = MESSAGES / THREADS / 10;
        AtomicLong deleted = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(2 * THREADS);
        try {
            List<Future<?>> work = new ArrayList<>();
            for (int p = 0; p < THREADS; p++) {
                int producer = p;
                work.add(pool.submit(() -> {
                    for (int b = 0; b < batchesPerProducer; b++) {
                        List<SendMessageBatchRequestEntry> entries = batches.batch(producer, b);
                        assertThat(sqs.sendMessageBatch(r -> r.queueUrl(url).entries(entries)).failed()).isEmpty();
                    }
                }));
            }
            for (int c = 0; c < THREADS; c++) {
                work.add(pool.submit(() -> {
                    while (deleted.get() < MESSAGES) {
                        List<Message> messages = sqs.receiveMessage(r -> r.queueUrl(url).maxNumberOfMessages(10)
                                .waitTimeSeconds(1).messageSystemAttributeNames(MessageSystemAttributeName.MESSAGE_GROUP_ID))
                                .messages();
                        if (messages.isEmpty()) {
                            continue;
                        }
                        receiver.received(messages);
                        List<DeleteMessageBatchRequestEntry> deletes = new ArrayList<>();
                        for (int i = 0; i < messages.size(); i++) {
                            deletes.add(DeleteMessageBatchRequestEntry.builder().id("d" + i)
                                    .receiptHandle(messages.get(i).receiptHandle()).build());
                        }
                        assertThat(sqs.deleteMessageBatch(r -> r.queueUrl(url).entries(deletes)).failed()).isEmpty();
                        deleted.addAndGet(messages.size());
                    }
                }));
            }
            for (Future<?> future : work) {
                future.get(5, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static void assertQueueEmpty(String url) {
        assertThat(sqs.getQueueAttributes(b -> b.queueUrl(url).attributeNamesWithStrings("All")).attributesAsStrings())
                .containsEntry("ApproximateNumberOfMessages", "0")
                .containsEntry("ApproximateNumberOfMessagesNotVisible", "0");
    }
}
