package dev.awsemulator.compatibility;

import com.amazonaws.auth.AWSStaticCredentialsProvider;
import com.amazonaws.auth.BasicAWSCredentials;
import com.amazonaws.client.builder.AwsClientBuilder.EndpointConfiguration;
import com.amazonaws.client.builder.AwsClientBuilder;
import com.amazonaws.services.kinesis.AmazonKinesis;
import com.amazonaws.services.kinesis.AmazonKinesisClientBuilder;
import com.amazonaws.services.kinesis.model.DescribeStreamRequest;
import com.amazonaws.services.kinesis.model.GetRecordsRequest;
import com.amazonaws.services.kinesis.model.ListShardsRequest;
import com.amazonaws.services.kinesis.model.PutRecordsRequest;
import com.amazonaws.services.kinesis.model.PutRecordsRequestEntry;
import com.amazonaws.services.kinesis.model.PutRecordsResult;
import com.amazonaws.services.kinesis.model.Shard;
import com.amazonaws.services.sns.AmazonSNS;
import com.amazonaws.services.sns.AmazonSNSClientBuilder;
import com.amazonaws.services.sns.model.PublishRequest;
import com.amazonaws.services.sns.model.SubscribeRequest;
import com.amazonaws.services.sqs.AmazonSQS;
import com.amazonaws.services.sqs.AmazonSQSClientBuilder;
import com.amazonaws.services.sqs.model.BatchResultErrorEntry;
import com.amazonaws.services.sqs.model.CreateQueueRequest;
import com.amazonaws.services.sqs.model.DeleteMessageBatchRequestEntry;
import com.amazonaws.services.sqs.model.DeleteMessageBatchResult;
import com.amazonaws.services.sqs.model.DeleteMessageBatchResultEntry;
import com.amazonaws.services.sqs.model.ListDeadLetterSourceQueuesRequest;
import com.amazonaws.services.sqs.model.Message;
import com.amazonaws.services.sqs.model.MessageAttributeValue;
import com.amazonaws.services.sqs.model.ReceiveMessageRequest;
import com.amazonaws.services.sqs.model.SendMessageBatchRequestEntry;
import com.amazonaws.services.sqs.model.SendMessageBatchResult;
import com.amazonaws.services.sqs.model.SendMessageBatchResultEntry;
import com.amazonaws.services.sqs.model.SendMessageRequest;
import com.amazonaws.waiters.WaiterParameters;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The scenarios through the AWS SDK for Java v1 as a user builds its clients: an endpoint
 * configuration and static credentials, everything else default. At 1.12.x the SQS client speaks AWS
 * JSON 1.0 and posts to the queue URL's path; the Kinesis client speaks CBOR; SNS speaks Query.
 */
final class JavaSdkV1Scenarios implements ClientScenarios, AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final AmazonSQS sqs;
    private final AmazonSNS sns;
    private final AmazonKinesis kinesis;

    JavaSdkV1Scenarios(String endpoint) {
        this.sqs = configure(AmazonSQSClientBuilder.standard(), endpoint).build();
        this.sns = configure(AmazonSNSClientBuilder.standard(), endpoint).build();
        this.kinesis = configure(AmazonKinesisClientBuilder.standard(), endpoint).build();
    }

    private static <B extends AwsClientBuilder<B, ?>> B configure(B builder, String endpoint) {
        return builder.withEndpointConfiguration(new EndpointConfiguration(endpoint, ExternalCommand.REGION))
                .withCredentials(new AWSStaticCredentialsProvider(new BasicAWSCredentials("test", "test")));
    }

    @Override
    public void close() {
        sqs.shutdown();
        sns.shutdown();
        kinesis.shutdown();
    }

    private static MessageAttributeValue string(String value) {
        return new MessageAttributeValue().withDataType("String").withStringValue(value);
    }

    /** Receives until {@code expected} messages arrived or a receive comes back empty. */
    private List<Message> receiveAll(String queueUrl, int expected) {
        List<Message> messages = new ArrayList<>();
        while (messages.size() < expected) {
            List<Message> batch = sqs.receiveMessage(new ReceiveMessageRequest(queueUrl).withMaxNumberOfMessages(10)
                    .withWaitTimeSeconds(1).withMessageSystemAttributeNames("All").withMessageAttributeNames("All")).getMessages();
            if (batch.isEmpty()) {
                break;
            }
            messages.addAll(batch);
        }
        return messages;
    }

    private static ReceivedMessage message(Message message) {
        Map<String, MessageAttribute> attributes = new LinkedHashMap<>();
        message.getMessageAttributes().forEach((name, value) -> attributes.put(name, new MessageAttribute(
                value.getDataType(), value.getStringValue(), value.getBinaryValue() == null ? null
                : Base64.getEncoder().encodeToString(bytes(value.getBinaryValue())))));
        return new ReceivedMessage(message.getBody(), message.getMD5OfBody(), message.getAttributes(), attributes);
    }

    private static List<ReceivedMessage> messages(List<Message> messages) {
        return messages.stream().map(JavaSdkV1Scenarios::message).toList();
    }

    private static byte[] bytes(ByteBuffer buffer) {
        byte[] bytes = new byte[buffer.remaining()];
        buffer.duplicate().get(bytes);
        return bytes;
    }

    private int queueDepth(String queueUrl) {
        Map<String, String> attributes = sqs.getQueueAttributes(queueUrl, List.of("ApproximateNumberOfMessages",
                "ApproximateNumberOfMessagesNotVisible")).getAttributes();
        return Integer.parseInt(attributes.get("ApproximateNumberOfMessages"))
                + Integer.parseInt(attributes.get("ApproximateNumberOfMessagesNotVisible"));
    }

    private String queueArn(String queueUrl) {
        return sqs.getQueueAttributes(queueUrl, List.of("QueueArn")).getAttributes().get("QueueArn");
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public StandardQueue sqsStandard() {
        String url = sqs.createQueue("standard").getQueueUrl();
        sqs.sendMessage(new SendMessageRequest(url, "hello").withMessageAttributes(Map.of(
                "color", string("blue"),
                "count", new MessageAttributeValue().withDataType("Number").withStringValue("3"),
                "blob", new MessageAttributeValue().withDataType("Binary")
                        .withBinaryValue(ByteBuffer.wrap(new byte[] {1, 2, 3})))));
        List<Message> received = receiveAll(url, 1);
        received.forEach(m -> sqs.deleteMessage(url, m.getReceiptHandle()));
        return new StandardQueue(url, messages(received), queueDepth(url));
    }

    @Override
    public FifoQueue sqsFifo() {
        String url = sqs.createQueue(new CreateQueueRequest("orders.fifo").withAttributes(Map.of(
                "FifoQueue", "true", "ContentBasedDeduplication", "true"))).getQueueUrl();
        List<String> sent = List.of("first", "second", "third", "first").stream()
                .map(body -> sqs.sendMessage(new SendMessageRequest(url, body).withMessageGroupId("customer-1"))
                        .getMessageId())
                .toList();
        return new FifoQueue(sent, messages(receiveAll(url, 3)));
    }

    @Override
    public QueueAttributes sqsAttributes() {
        String url = sqs.createQueue(new CreateQueueRequest("attributes").withAttributes(Map.of(
                "VisibilityTimeout", "45")).withTags(Map.of("team", "payments"))).getQueueUrl();
        sqs.setQueueAttributes(url, Map.of("MaximumMessageSize", "2048", "DelaySeconds", "1"));
        return new QueueAttributes(sqs.getQueueAttributes(url, List.of("All")).getAttributes(),
                sqs.listQueueTags(url).getTags());
    }

    @Override
    public Batch sqsBatch() {
        String url = sqs.createQueue("batch").getQueueUrl();
        SendMessageBatchResult sent = sqs.sendMessageBatch(url, List.of(
                new SendMessageBatchRequestEntry("a", "one"),
                new SendMessageBatchRequestEntry("b", "two").withMessageAttributes(Map.of("kind", string("k"))),
                new SendMessageBatchRequestEntry("c", "three")));
        List<Message> received = receiveAll(url, 3);
        List<DeleteMessageBatchRequestEntry> entries = new ArrayList<>(IntStream.range(0, received.size())
                .mapToObj(i -> new DeleteMessageBatchRequestEntry("m" + i, received.get(i).getReceiptHandle()))
                .toList());
        entries.add(new DeleteMessageBatchRequestEntry("bogus", "not-a-receipt-handle"));
        DeleteMessageBatchResult deleted = sqs.deleteMessageBatch(url, entries);
        return new Batch(sent.getSuccessful().stream().map(SendMessageBatchResultEntry::getId).sorted().toList(),
                sent.getFailed().size(), messages(received),
                deleted.getSuccessful().stream().map(DeleteMessageBatchResultEntry::getId).sorted().toList(),
                deleted.getFailed().stream().map(JavaSdkV1Scenarios::failure).toList(), queueDepth(url));
    }

    private static BatchFailure failure(BatchResultErrorEntry entry) {
        return new BatchFailure(entry.getId(), entry.getCode(), entry.getSenderFault());
    }

    @Override
    public DeadLetter sqsDeadLetter() {
        String dlqUrl = sqs.createQueue("dead-letters").getQueueUrl();
        String sourceUrl = sqs.createQueue(new CreateQueueRequest("work").withAttributes(Map.of("RedrivePolicy",
                json(Map.of("deadLetterTargetArn", queueArn(dlqUrl), "maxReceiveCount", "1"))))).getQueueUrl();
        sqs.sendMessage(sourceUrl, "poison");
        List<Message> first = sqs.receiveMessage(new ReceiveMessageRequest(sourceUrl).withVisibilityTimeout(0))
                .getMessages();
        List<Message> second = sqs.receiveMessage(new ReceiveMessageRequest(sourceUrl).withVisibilityTimeout(0)
                .withWaitTimeSeconds(1)).getMessages();
        List<Message> dead = receiveAll(dlqUrl, 1);
        return new DeadLetter(first.stream().map(Message::getBody).toList(),
                second.stream().map(Message::getBody).toList(), messages(dead),
                sqs.listDeadLetterSourceQueues(new ListDeadLetterSourceQueuesRequest(
                        dlqUrl)).getQueueUrls(), sourceUrl);
    }

    @Override
    public Fanout snsFanout() {
        String topic = sns.createTopic("order-events").getTopicArn();
        String rawUrl = sqs.createQueue("raw-blue").getQueueUrl();
        String envelopedUrl = sqs.createQueue("enveloped-all").getQueueUrl();
        String rawSubscription = sns.subscribe(new SubscribeRequest(topic, "sqs", queueArn(rawUrl))
                .withReturnSubscriptionArn(true)
                .withAttributes(Map.of("RawMessageDelivery", "true",
                        "FilterPolicy", json(Map.of("color", List.of("blue"))))))
                .getSubscriptionArn();
        sns.subscribe(topic, "sqs", queueArn(envelopedUrl));
        for (String color : List.of("blue", "red")) {
            sns.publish(new PublishRequest(topic, color + " order", "order")
                    .withMessageAttributes(Map.of("color", new com.amazonaws.services.sns.model.MessageAttributeValue()
                            .withDataType("String").withStringValue(color))));
        }
        List<Map<String, Object>> enveloped = receiveAll(envelopedUrl, 2).stream().map(m -> {
            try {
                return JSON.readValue(m.getBody(), new TypeReference<Map<String, Object>>() { });
            } catch (IOException e) {
                throw new UncheckedIOException("not an SNS envelope: " + m.getBody(), e);
            }
        }).toList();
        return new Fanout(topic, sns.listSubscriptionsByTopic(topic).getSubscriptions().size(),
                sns.getSubscriptionAttributes(rawSubscription).getAttributes(), messages(receiveAll(rawUrl, 1)),
                enveloped);
    }

    @Override
    public Stream kinesisStream() {
        kinesis.createStream("clicks", 2);
        kinesis.waiters().streamExists().run(new WaiterParameters<>(
                new DescribeStreamRequest().withStreamName("clicks")));
        List<PutResult> puts = new ArrayList<>();
        var single = kinesis.putRecord("clicks", utf8("one"), "alpha");
        puts.add(new PutResult(single.getShardId(), single.getSequenceNumber()));
        PutRecordsResult batch = kinesis.putRecords(new PutRecordsRequest()
                .withStreamName("clicks").withRecords(
                        new PutRecordsRequestEntry().withPartitionKey("beta").withData(utf8("two")),
                        new PutRecordsRequestEntry().withPartitionKey("gamma").withData(utf8("three"))));
        batch.getRecords().forEach(r -> puts.add(new PutResult(r.getShardId(), r.getSequenceNumber())));
        List<String> shardIds = kinesis.listShards(new ListShardsRequest()
                .withStreamName("clicks")).getShards().stream().map(Shard::getShardId).toList();
        List<StreamRecord> records = new ArrayList<>();
        for (String shardId : shardIds) {
            String iterator = kinesis.getShardIterator("clicks", shardId, "TRIM_HORIZON").getShardIterator();
            kinesis.getRecords(new GetRecordsRequest()
                            .withShardIterator(iterator)).getRecords()
                    .forEach(r -> records.add(new StreamRecord(shardId, r.getPartitionKey(),
                            new String(bytes(r.getData()), StandardCharsets.UTF_8), r.getSequenceNumber())));
        }
        return new Stream(shardIds, batch.getFailedRecordCount(), puts, records);
    }

    private static ByteBuffer utf8(String text) {
        return ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
    }
}
