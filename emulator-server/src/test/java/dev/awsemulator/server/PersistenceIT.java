package dev.awsemulator.server;

import dev.awsemulator.server.testsupport.DevServerProcess;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.kinesis.KinesisClient;
import software.amazon.awssdk.services.kinesis.model.GetRecordsResponse;
import software.amazon.awssdk.services.kinesis.model.PutRecordResponse;
import software.amazon.awssdk.services.kinesis.model.Record;
import software.amazon.awssdk.services.kinesis.model.Shard;
import software.amazon.awssdk.services.kinesis.model.ShardIteratorType;
import software.amazon.awssdk.services.kinesis.model.StreamStatus;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sns.model.MessageAttributeValue;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.DeleteMessageBatchRequestEntry;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** The jar with {@code --data-dir}: state survives SIGTERM and SIGKILL, through the SDK v2 over HTTP. */
class PersistenceIT {

    private static final String MIDDLE = "170141183460469231731687303715884105728";

    @TempDir
    Path dataDir;
    private final List<AutoCloseable> open = new ArrayList<>();

    @AfterEach
    void closeAll() throws Exception {
        for (AutoCloseable closeable : open) {
            closeable.close();
        }
    }

    private DevServerProcess start() throws Exception {
        DevServerProcess server = DevServerProcess.start("--data-dir", dataDir.toString());
        open.add(0, server);
        return server;
    }

    private <T extends AutoCloseable> T client(T client) {
        open.add(client);
        return client;
    }

    private static <B extends software.amazon.awssdk.awscore.client.builder.AwsClientBuilder<B, ?>> B configure(
            B builder, URI endpoint) {
        return builder.endpointOverride(endpoint).region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                // A request the kill interrupted fails instead of being retried against a dead port.
                .overrideConfiguration(ClientOverrideConfiguration.builder().retryStrategy(AwsRetryStrategy.doNotRetry()).build());
    }

    private SqsClient sqs(URI endpoint) {
        return client(configure(SqsClient.builder(), endpoint).httpClientBuilder(Apache5HttpClient.builder()
                .maxConnections(16)).build());
    }

    private SnsClient sns(URI endpoint) {
        return client(configure(SnsClient.builder(), endpoint).httpClientBuilder(Apache5HttpClient.builder()).build());
    }

    private KinesisClient kinesis(URI endpoint) {
        return client(configure(KinesisClient.builder(), endpoint).httpClientBuilder(Apache5HttpClient.builder()
                .maxConnections(16)).build());
    }

    @Test
    void stateOfAllThreeServicesSurvivesARestart() throws Exception {
        DevServerProcess first = start();
        SqsClient sqs = sqs(first.endpoint());
        String queueUrl = sqs.createQueue(r -> r.queueName("orders")
                .attributes(Map.of(QueueAttributeName.VISIBILITY_TIMEOUT, "600"))).queueUrl();
        String queueArn = sqs.getQueueAttributes(r -> r.queueUrl(queueUrl)
                .attributeNames(QueueAttributeName.QUEUE_ARN)).attributes().get(QueueAttributeName.QUEUE_ARN);
        sqs.sendMessage(r -> r.queueUrl(queueUrl).messageBody("in flight"));
        sqs.sendMessage(r -> r.queueUrl(queueUrl).messageBody("waiting"));
        Message inFlight = sqs.receiveMessage(r -> r.queueUrl(queueUrl).maxNumberOfMessages(1)).messages().get(0);
        SnsClient sns = sns(first.endpoint());
        String topicArn = sns.createTopic(r -> r.name("order-events")).topicArn();
        String subscriptionArn = sns.subscribe(r -> r.topicArn(topicArn).protocol("sqs").endpoint(queueArn)
                .returnSubscriptionArn(true).attributes(Map.of("RawMessageDelivery", "true",
                        "FilterPolicy", "{\"kind\":[\"paid\"]}"))).subscriptionArn();
        KinesisClient kinesis = kinesis(first.endpoint());
        kinesis.createStream(r -> r.streamName("clicks").shardCount(1));
        kinesis.putRecord(r -> r.streamName("clicks").partitionKey("a").explicitHashKey("1")
                .data(SdkBytes.fromUtf8String("parent")));
        kinesis.splitShard(r -> r.streamName("clicks").shardToSplit("shardId-000000000000").newStartingHashKey(MIDDLE));
        kinesis.putRecord(r -> r.streamName("clicks").partitionKey("a").explicitHashKey("1")
                .data(SdkBytes.fromUtf8String("child")));
        List<Shard> shardsBefore = kinesis.listShards(r -> r.streamName("clicks")).shards();

        assertThat(first.stop()).isEqualTo(143);
        DevServerProcess second = start();
        sqs = sqs(second.endpoint());
        sns = sns(second.endpoint());
        kinesis = kinesis(second.endpoint());

        assertThat(sqs.getQueueAttributes(r -> r.queueUrl(queueUrl).attributeNames(QueueAttributeName.ALL))
                .attributes()).containsEntry(QueueAttributeName.VISIBILITY_TIMEOUT, "600")
                .containsEntry(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES, "1")
                .containsEntry(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE, "1");
        assertThat(sqs.getQueueUrl(r -> r.queueName("orders")).queueUrl())
                .isEqualTo(second.endpoint() + "/000000000000/orders");
        assertThat(sns.getSubscriptionAttributes(r -> r.subscriptionArn(subscriptionArn)).attributes())
                .containsEntry("FilterPolicy", "{\"kind\":[\"paid\"]}");
        sns.publish(r -> r.topicArn(topicArn).message("free order").messageAttributes(Map.of("kind",
                MessageAttributeValue.builder().dataType("String").stringValue("free").build())));
        sns.publish(r -> r.topicArn(topicArn).message("paid order").messageAttributes(Map.of("kind",
                MessageAttributeValue.builder().dataType("String").stringValue("paid").build())));
        List<String> bodies = sqs.receiveMessage(r -> r.queueUrl(queueUrl).maxNumberOfMessages(10)).messages()
                .stream().map(Message::body).toList();
        assertThat(bodies).containsExactlyInAnyOrder("waiting", "paid order");
        sqs.deleteMessage(r -> r.queueUrl(queueUrl).receiptHandle(inFlight.receiptHandle()));
        assertThat(kinesis.describeStreamSummary(r -> r.streamName("clicks")).streamDescriptionSummary()
                .streamStatus()).isEqualTo(StreamStatus.ACTIVE);
        assertThat(kinesis.listShards(r -> r.streamName("clicks")).shards()).isEqualTo(shardsBefore);
        assertThat(readAll(kinesis, "clicks", "shardId-000000000000")).extracting(PersistenceIT::text)
                .containsExactly("parent");
        assertThat(readAll(kinesis, "clicks", "shardId-000000000001")).extracting(PersistenceIT::text)
                .containsExactly("child");

        assertThat(second.stop()).isEqualTo(143);
        DevServerProcess third = start();
        SqsClient afterDelete = sqs(third.endpoint());
        assertThat(afterDelete.getQueueAttributes(r -> r.queueUrl(queueUrl)
                .attributeNames(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE)).attributes())
                .containsEntry(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE, "2");
    }

    @Test
    void killDuringAWriteLoadLosesNoAcknowledgedMessageOrRecord() throws Exception {
        DevServerProcess first = start();
        SqsClient sqs = sqs(first.endpoint());
        KinesisClient kinesis = kinesis(first.endpoint());
        String queueUrl = sqs.createQueue(r -> r.queueName("load")).queueUrl();
        String fifoUrl = sqs.createQueue(r -> r.queueName("load.fifo").attributes(Map.of(
                QueueAttributeName.FIFO_QUEUE, "true", QueueAttributeName.CONTENT_BASED_DEDUPLICATION, "true")))
                .queueUrl();
        kinesis.createStream(r -> r.streamName("load").shardCount(2));

        Set<String> sentIds = ConcurrentHashMap.newKeySet();
        Set<String> fifoIds = ConcurrentHashMap.newKeySet();
        Set<String> sequenceNumbers = ConcurrentHashMap.newKeySet();
        AtomicInteger acknowledged = new AtomicInteger();
        CountDownLatch enough = new CountDownLatch(1);
        ExecutorService writers = Executors.newFixedThreadPool(6);
        for (int w = 0; w < 6; w++) {
            int writer = w;
            writers.submit(() -> {
                for (int i = 0; ; i++) {
                    String body = writer + "-" + i;
                    try {
                        if (writer < 3) {
                            sentIds.add(sqs.sendMessage(r -> r.queueUrl(queueUrl).messageBody(body)).messageId());
                        } else if (writer == 3) {
                            fifoIds.add(sqs.sendMessage(r -> r.queueUrl(fifoUrl).messageBody(body)
                                    .messageGroupId("g" + body.hashCode() % 4)).messageId());
                        } else {
                            PutRecordResponse put = kinesis.putRecord(r -> r.streamName("load").partitionKey(body)
                                    .data(SdkBytes.fromUtf8String(body)));
                            sequenceNumbers.add(put.shardId() + "/" + put.sequenceNumber());
                        }
                    } catch (RuntimeException e) {
                        return; // the server is gone: this write was not acknowledged
                    }
                    if (acknowledged.incrementAndGet() == 600) {
                        enough.countDown();
                    }
                }
            });
        }
        assertThat(enough.await(120, TimeUnit.SECONDS)).as("the load reached 600 writes").isTrue();
        first.kill();
        writers.shutdown();
        assertThat(writers.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        assertThat(dataDir.resolve("snapshot")).exists();

        DevServerProcess second = start();
        SqsClient after = sqs(second.endpoint());
        KinesisClient kinesisAfter = kinesis(second.endpoint());

        assertThat(drain(after, queueUrl)).containsAll(sentIds);
        assertThat(drain(after, fifoUrl)).containsAll(fifoIds);
        Set<String> stored = new HashSet<>();
        for (String shardId : List.of("shardId-000000000000", "shardId-000000000001")) {
            readAll(kinesisAfter, "load", shardId).forEach(record -> stored.add(shardId + "/" + record.sequenceNumber()));
        }
        assertThat(stored).containsAll(sequenceNumbers);
        assertThat(sentIds.size() + fifoIds.size() + sequenceNumbers.size()).isGreaterThanOrEqualTo(600);

        // The restarted emulator journals again: a second kill keeps what it acknowledged too.
        String lastId = after.sendMessage(r -> r.queueUrl(queueUrl).messageBody("after the first kill")).messageId();
        second.kill();
        DevServerProcess third = start();
        assertThat(drain(sqs(third.endpoint()), queueUrl)).containsExactly(lastId);
    }

    /** Every message id in the queue, received and deleted (so a FIFO group's next messages come out too). */
    private static Set<String> drain(SqsClient sqs, String queueUrl) {
        Set<String> ids = new HashSet<>();
        while (true) {
            List<Message> batch = sqs.receiveMessage(r -> r.queueUrl(queueUrl).maxNumberOfMessages(10)).messages();
            if (batch.isEmpty()) {
                return ids;
            }
            batch.forEach(message -> ids.add(message.messageId()));
            sqs.deleteMessageBatch(r -> r.queueUrl(queueUrl).entries(batch.stream().map(message ->
                    DeleteMessageBatchRequestEntry.builder().id(message.messageId().replace("-", ""))
                            .receiptHandle(message.receiptHandle()).build()).toList()));
        }
    }

    private static List<Record> readAll(KinesisClient kinesis, String stream, String shardId) {
        List<Record> records = new ArrayList<>();
        String iterator = kinesis.getShardIterator(r -> r.streamName(stream).shardId(shardId)
                .shardIteratorType(ShardIteratorType.TRIM_HORIZON)).shardIterator();
        while (iterator != null) {
            String current = iterator;
            GetRecordsResponse response = kinesis.getRecords(r -> r.shardIterator(current).limit(10_000));
            records.addAll(response.records());
            if (response.records().isEmpty()) {
                break;
            }
            iterator = response.nextShardIterator();
        }
        return records;
    }

    private static String text(Record record) {
        return record.data().asString(StandardCharsets.UTF_8);
    }
}
