package dev.awsemulator.core;

import dev.awsemulator.core.common.AwsException;
import dev.awsemulator.core.kinesis.KinesisError;
import dev.awsemulator.core.kinesis.KinesisService;
import dev.awsemulator.core.kinesis.api.CreateStreamRequest;
import dev.awsemulator.core.kinesis.api.DeleteStreamRequest;
import dev.awsemulator.core.kinesis.api.DescribeStreamRequest;
import dev.awsemulator.core.kinesis.api.PutRecordRequest;
import dev.awsemulator.core.kinesis.api.PutRecordsRequest;
import dev.awsemulator.core.kinesis.api.PutRecordsRequestEntry;
import dev.awsemulator.core.kinesis.api.SplitShardRequest;
import dev.awsemulator.core.sns.Delivery;
import dev.awsemulator.core.sns.SnsError;
import dev.awsemulator.core.sns.api.CreateTopicRequest;
import dev.awsemulator.core.sns.api.PublishBatchRequest;
import dev.awsemulator.core.sns.api.PublishBatchRequestEntry;
import dev.awsemulator.core.sns.api.PublishRequest;
import dev.awsemulator.core.sns.api.SubscribeRequest;
import dev.awsemulator.core.sqs.SqsError;
import dev.awsemulator.core.sqs.SqsOptions;
import dev.awsemulator.core.sqs.api.DeleteMessageRequest;
import dev.awsemulator.core.sqs.api.Message;
import dev.awsemulator.core.sqs.api.QueueUrlRequest;
import dev.awsemulator.core.sqs.api.SendMessageBatchRequest;
import dev.awsemulator.core.sqs.api.SendMessageBatchRequestEntry;
import dev.awsemulator.core.sqs.api.SendMessageBatchResult;
import dev.awsemulator.core.sqs.api.StartMessageMoveTaskRequest;
import dev.awsemulator.core.testsupport.Restarts;
import dev.awsemulator.core.testsupport.SqsFixture;
import dev.awsemulator.core.time.ManualClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static dev.awsemulator.core.testsupport.SqsFixture.CALLER;
import static dev.awsemulator.core.testsupport.SqsFixture.arnOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The bound on retained messages and records: every way in charges, every way out releases the same
 * figure, and a request that would pass the bound is refused whole before anything is stored.
 */
class RetainedMemoryTest {

    private static final String BODY = "x".repeat(1000);

    @RegisterExtension
    final Restarts restarts = new Restarts();

    private final ManualClock clock = new ManualClock();
    private Emulator emulator = emulator(Long.MAX_VALUE);
    private SqsFixture sqs = new SqsFixture(clock, emulator.sqs());

    private Emulator emulator(long bound) {
        return Emulator.builder().clock(clock).sqsOptions(SqsOptions.RELAXED).maxRetainedBytes(bound).build();
    }

    private void bound(long bytes) {
        emulator.close();
        emulator = emulator(bytes);
        sqs = new SqsFixture(clock, emulator.sqs());
    }

    @AfterEach
    void close() {
        emulator.close();
    }

    private long used() {
        return emulator.retainedMemory().used();
    }

    private KinesisService kinesis() {
        return emulator.kinesis();
    }

    private void createStream(String name, int shards) {
        kinesis().createStream(CALLER, new CreateStreamRequest(name, shards, null, null, null, null));
    }

    private void putRecords(String stream, int count) {
        List<PutRecordsRequestEntry> entries = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            entries.add(new PutRecordsRequestEntry(BODY.getBytes(), null, "key-" + i));
        }
        kinesis().putRecords(CALLER, new PutRecordsRequest(entries, stream, null));
    }

    private int shardCount(String stream) {
        return kinesis().describeStream(CALLER, new DescribeStreamRequest(stream, null, null, null))
                .streamDescription().shards().size();
    }

    private static List<SendMessageBatchRequestEntry> batch(int count) {
        List<SendMessageBatchRequestEntry> entries = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            entries.add(new SendMessageBatchRequestEntry("e" + i, BODY, null, null, null, null, null));
        }
        return entries;
    }

    // ---- accounting ----

    @Test
    void everySqsRemovalPathGivesBackWhatTheSendCharged() {
        String dlq = sqs.createQueue("dlq");
        String source = sqs.createQueue("source", "RedrivePolicy",
                "{\"deadLetterTargetArn\":\"" + arnOf("dlq") + "\",\"maxReceiveCount\":1}");
        String expiring = sqs.createQueue("expiring", "MessageRetentionPeriod", "60");

        sqs.send(source, BODY);
        long one = used();
        assertThat(one).isGreaterThan(BODY.length());
        Message received = sqs.receiveOne(source);
        sqs.delete(source, received.receiptHandle());
        assertThat(used()).as("delete").isZero();

        sqs.send(source, BODY);
        sqs.receive(source, 1, 0);
        assertThat(sqs.receive(source)).isEmpty();
        assertThat(sqs.counts(dlq).visible()).isEqualTo(1);
        assertThat(used()).as("moved to the dead-letter queue, charged once").isEqualTo(one);

        emulator.sqs().startMessageMoveTask(CALLER, new StartMessageMoveTaskRequest(arnOf("dlq"), null, null));
        sqs.advanceSeconds(1);
        assertThat(sqs.counts(source).visible()).isEqualTo(1);
        assertThat(used()).as("redriven by a move task, charged once").isEqualTo(one);

        emulator.sqs().purgeQueue(CALLER, new QueueUrlRequest(source));
        assertThat(used()).as("purge").isZero();

        sqs.send(expiring, BODY);
        sqs.advanceSeconds(61);
        assertThat(sqs.receive(expiring)).isEmpty();
        assertThat(used()).as("retention, met by a receive").isZero();

        sqs.send(expiring, BODY);
        sqs.send(dlq, BODY);
        emulator.sqs().deleteQueue(CALLER, new QueueUrlRequest(dlq));
        assertThat(used()).as("queue deleted").isEqualTo(one);
        emulator.reset();
        assertThat(used()).as("reset").isZero();
    }

    @Test
    void fifoDuplicatesAndRefusedBatchEntriesAreNotCharged() {
        String fifo = sqs.createFifoQueue("q.fifo");
        sqs.sendFifo(fifo, BODY, "g", "d1");
        long one = used();
        sqs.sendFifo(fifo, BODY, "g", "d1");
        assertThat(used()).as("a deduplicated send keeps nothing").isEqualTo(one);

        String standard = sqs.createQueue("q");
        List<SendMessageBatchRequestEntry> entries = new ArrayList<>(batch(2));
        entries.add(new SendMessageBatchRequestEntry("bad", BODY, 901, null, null, null, null));
        SendMessageBatchResult result = emulator.sqs().sendMessageBatch(CALLER,
                new SendMessageBatchRequest(standard, entries));
        assertThat(result.failed()).hasSize(1);
        assertThat(used()).isEqualTo(3 * one);
    }

    @Test
    void everyKinesisRemovalPathGivesBackWhatThePutCharged() {
        createStream("kept", 1);
        createStream("deleted", 1);
        putRecords("kept", 10);
        long ten = used();
        putRecords("deleted", 10);
        assertThat(used()).isEqualTo(2 * ten);

        kinesis().deleteStream(CALLER, new DeleteStreamRequest("deleted", null, null));
        assertThat(used()).as("stream deleted").isEqualTo(ten);

        kinesis().splitShard(CALLER, new SplitShardRequest("kept", "shardId-000000000000", "1000", null));
        putRecords("kept", 10);
        clock.advance(Duration.ofHours(25));
        assertThat(shardCount("kept")).as("the closed parent expired with retention").isEqualTo(2);
        assertThat(used()).as("retention trimmed the children, the closed parent is gone").isZero();

        putRecords("kept", 10);
        emulator.reset();
        assertThat(used()).as("reset").isZero();
    }

    @Test
    void restoringFromADataDirectoryCountsWhatCameBack() {
        Emulator persistent = restarts.emulator();
        SqsFixture persisted = new SqsFixture(restarts.clock(), persistent.sqs());
        String queue = persisted.createQueue("q");
        persisted.send(queue, BODY);
        persisted.send(queue, BODY);
        persistent.kinesis().createStream(CALLER, new CreateStreamRequest("s", 1, null, null, null, null));
        persistent.kinesis().putRecord(CALLER, new PutRecordRequest("s", BODY.getBytes(), "k", null, null, null));
        long before = persistent.retainedMemory().used();

        restarts.killAndRestart();

        assertThat(restarts.emulator().retainedMemory().used()).isEqualTo(before);
    }

    @Test
    void manyThreadsSendingAndDeletingEndAtZero() throws Exception {
        String queue = sqs.createQueue("q");
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                done.add(threads.submit(() -> {
                    for (int i = 0; i < 200; i++) {
                        sqs.send(queue, BODY + i);
                        for (Message message : sqs.receive(queue, 10, 30)) {
                            emulator.sqs().deleteMessage(CALLER, new DeleteMessageRequest(queue,
                                    message.receiptHandle()));
                        }
                    }
                }));
            }
            for (Future<?> future : done) {
                future.get();
            }
        } finally {
            threads.shutdown();
        }
        for (List<Message> left = sqs.receive(queue, 10, 30); !left.isEmpty(); left = sqs.receive(queue, 10, 30)) {
            left.forEach(message -> sqs.delete(queue, message.receiptHandle()));
        }
        assertThat(used()).isZero();
    }

    // ---- the bound ----

    /** What one message of {@link #BODY} is charged, then an emulator bound at {@code times} of it. */
    private long boundAt(double times) {
        sqs.send(sqs.createQueue("measure"), BODY);
        long one = used();
        bound((long) (one * times));
        return one;
    }

    @Test
    void sendsBeyondTheBoundAreRefusedWholeUntilMessagesGo() {
        boundAt(2.9);
        String queue = sqs.createQueue("q");
        sqs.send(queue, BODY);
        sqs.send(queue, BODY);

        AwsException single = catchThrowableOfType(AwsException.class, () -> sqs.send(queue, BODY));
        assertThat(single.errorCode()).isEqualTo(SqsError.OVER_LIMIT);
        assertThat(single.getMessage()).contains("--max-retained-bytes", "Emulator.Builder.maxRetainedBytes");
        AwsException batch = catchThrowableOfType(AwsException.class, () -> emulator.sqs()
                .sendMessageBatch(CALLER, new SendMessageBatchRequest(queue, batch(2))));
        assertThat(batch.errorCode()).isEqualTo(SqsError.OVER_LIMIT);
        assertThat(sqs.counts(queue).visible()).isEqualTo(2);

        sqs.receive(queue, 10, 30).forEach(message -> sqs.delete(queue, message.receiptHandle()));
        assertThat(emulator.sqs().sendMessageBatch(CALLER, new SendMessageBatchRequest(queue, batch(2)))
                .successful()).hasSize(2);
        assertThat(sqs.counts(queue).visible()).isEqualTo(2);
    }

    @Test
    void expiredMessagesAndRecordsMakeRoomWithoutAReceive() {
        // Room for one message, or for two records of the same data (a record is charged less).
        boundAt(1.7);
        String queue = sqs.createQueue("q", "MessageRetentionPeriod", "60");
        sqs.send(queue, BODY);
        assertThat(catchThrowableOfType(AwsException.class, () -> sqs.send(queue, BODY)).errorCode())
                .isEqualTo(SqsError.OVER_LIMIT);
        sqs.advanceSeconds(60);
        sqs.send(queue, BODY);
        assertThat(sqs.counts(queue).visible()).isEqualTo(1);

        emulator.sqs().purgeQueue(CALLER, new QueueUrlRequest(queue));
        createStream("s", 1);
        putRecords("s", 2);
        AwsException refused = catchThrowableOfType(AwsException.class, () -> putRecords("s", 1));
        assertThat(refused.errorCode()).isEqualTo(KinesisError.LIMIT_EXCEEDED);
        assertThat(refused.getMessage()).contains("--max-retained-bytes");
        clock.advance(Duration.ofHours(24).plusSeconds(1));
        putRecords("s", 2);
    }

    @Test
    void publishIsThrottledWhileTheBoundIsReachedAndAFanoutThatFillsItSaysSo() {
        boundAt(1.5);
        String a = sqs.createQueue("a");
        String b = sqs.createQueue("b");
        String topic = emulator.sns().createTopic(CALLER, new CreateTopicRequest("t", Map.of(), List.of(), null))
                .topicArn();
        for (String queue : List.of("a", "b")) {
            emulator.sns().subscribe(CALLER, new SubscribeRequest(topic, "sqs", arnOf(queue),
                    Map.of("RawMessageDelivery", "true"), true));
        }

        emulator.sns().publish(CALLER, new PublishRequest(topic, null, null, BODY, null, null, null, null, null));
        List<Delivery> deliveries = emulator.sns().publishedMessages().get(0).deliveries();
        assertThat(deliveries).extracting(Delivery::status)
                .containsExactlyInAnyOrder(Delivery.Status.DELIVERED, Delivery.Status.FAILED);
        assertThat(deliveries).filteredOn(delivery -> delivery.status() == Delivery.Status.FAILED)
                .singleElement().satisfies(failed -> assertThat(failed.reason()).startsWith("OverLimit: "));

        AwsException single = catchThrowableOfType(AwsException.class, () -> emulator.sns().publish(CALLER,
                new PublishRequest(topic, null, null, BODY, null, null, null, null, null)));
        assertThat(single.errorCode()).isEqualTo(SnsError.THROTTLED);
        AwsException batch = catchThrowableOfType(AwsException.class, () -> emulator.sns().publishBatch(CALLER,
                new PublishBatchRequest(topic, List.of(new PublishBatchRequestEntry("a", BODY, null, null, null,
                        null, null)))));
        assertThat(batch.errorCode()).isEqualTo(SnsError.THROTTLED);
        assertThat(emulator.sns().publishedMessages()).hasSize(1);
        assertThat(sqs.counts(a).visible() + sqs.counts(b).visible()).isEqualTo(1);
    }
}
