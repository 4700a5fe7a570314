package dev.awsemulator.bench.suite;

import dev.awsemulator.bench.kinesis.KinesisClients;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.kinesis.KinesisClient;
import software.amazon.awssdk.services.kinesis.model.Record;
import software.amazon.awssdk.services.kinesis.model.ShardIteratorType;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.DeleteMessageBatchRequestEntry;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * One test of a typical suite, as calls over HTTP: a queue created, three messages sent, received and deleted;
 * a topic with the queue subscribed, a publish received from the queue; a stream created, two records put and
 * read back from TRIM_HORIZON; everything deleted again. Says what did not come back.
 */
final class SuiteMix {

    private static final int MESSAGES = 3;
    private static final int RECORDS = 2;
    private static final int RECEIVE_ATTEMPTS = 10;

    private final SqsClient sqs;
    private final SnsClient sns;
    private final KinesisClient kinesis;

    SuiteMix(SqsClient sqs, SnsClient sns, KinesisClient kinesis) {
        this.sqs = sqs;
        this.sns = sns;
        this.kinesis = kinesis;
    }

    /** Runs test number {@code n}; returns null if everything came back, else what did not. */
    String runTest(int n) throws InterruptedException {
        String name = "suite-" + n;
        String queueUrl = sqs.createQueue(request -> request.queueName(name)).queueUrl();
        for (int i = 0; i < MESSAGES; i++) {
            String body = name + " message " + i;
            sqs.sendMessage(request -> request.queueUrl(queueUrl).messageBody(body));
        }
        int received = receiveAndDelete(queueUrl, MESSAGES);
        String missing = received == MESSAGES ? null
                : name + ": " + received + " of " + MESSAGES + " messages received";

        String queueArn = sqs.getQueueAttributes(request -> request.queueUrl(queueUrl)
                .attributeNames(QueueAttributeName.QUEUE_ARN)).attributes().get(QueueAttributeName.QUEUE_ARN);
        String topicArn = sns.createTopic(request -> request.name(name)).topicArn();
        sns.subscribe(request -> request.topicArn(topicArn).protocol("sqs").endpoint(queueArn));
        sns.publish(request -> request.topicArn(topicArn).message(name + " published"));
        if (missing == null && receiveAndDelete(queueUrl, 1) != 1) {
            missing = name + ": the publish did not reach the queue";
        }

        KinesisClients.createActiveStream(kinesis, name, 1);
        String sequenceNumber = null;
        for (int i = 0; i < RECORDS; i++) {
            SdkBytes data = SdkBytes.fromString(name + " record " + i, StandardCharsets.UTF_8);
            String put = kinesis.putRecord(request -> request.streamName(name).partitionKey("key").data(data))
                    .sequenceNumber();
            sequenceNumber = sequenceNumber == null ? put : sequenceNumber;
        }
        String shardId = kinesis.listShards(request -> request.streamName(name)).shards().get(0).shardId();
        String iterator = kinesis.getShardIterator(request -> request.streamName(name).shardId(shardId)
                .shardIteratorType(ShardIteratorType.TRIM_HORIZON)).shardIterator();
        List<Record> records = kinesis.getRecords(request -> request.shardIterator(iterator)).records();
        if (missing == null && (records.size() != RECORDS || !records.get(0).sequenceNumber().equals(sequenceNumber))) {
            missing = name + ": " + records.size() + " of " + RECORDS + " records read back";
        }

        kinesis.deleteStream(request -> request.streamName(name));
        sns.deleteTopic(request -> request.topicArn(topicArn));
        sqs.deleteQueue(request -> request.queueUrl(queueUrl));
        return missing;
    }

    /** Receives (waiting up to a second a call) until {@code expected} messages came, and deletes them. */
    private int receiveAndDelete(String queueUrl, int expected) {
        List<Message> messages = new ArrayList<>();
        for (int attempt = 0; attempt < RECEIVE_ATTEMPTS && messages.size() < expected; attempt++) {
            messages.addAll(sqs.receiveMessage(request -> request.queueUrl(queueUrl).maxNumberOfMessages(10)
                    .waitTimeSeconds(1)).messages());
        }
        if (!messages.isEmpty()) {
            List<DeleteMessageBatchRequestEntry> entries = new ArrayList<>();
            for (int i = 0; i < messages.size(); i++) {
                entries.add(DeleteMessageBatchRequestEntry.builder().id(Integer.toString(i))
                        .receiptHandle(messages.get(i).receiptHandle()).build());
            }
            sqs.deleteMessageBatch(request -> request.queueUrl(queueUrl).entries(entries));
        }
        return messages.size();
    }
}
