package dev.awsemulator.compatibility;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.StreamSupport;

/**
 * The scenarios as a shell user types them: one {@code aws} command per call, with
 * {@code --endpoint-url} and JSON output, credentials and region from the environment. Binary values
 * (message attributes, record data) go in and come out as base64, the CLI v2 default.
 */
final class AwsCliScenarios implements ClientScenarios {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ACCOUNT = "000000000000";

    private final AwsCli cli;

    AwsCliScenarios(Path aws, String endpoint) {
        this.cli = new AwsCli(aws, endpoint);
    }

    private JsonNode aws(String... args) {
        return cli.run(args);
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static <T> T convert(JsonNode node, TypeReference<T> type) {
        return JSON.convertValue(node, type);
    }

    private static Map<String, String> strings(JsonNode node) {
        return node.isMissingNode() ? Map.of() : convert(node, new TypeReference<>() { });
    }

    private static String queueArn(String name) {
        return "arn:aws:sqs:" + ExternalCommand.REGION + ":" + ACCOUNT + ":" + name;
    }

    private String createQueue(String name, String... options) {
        List<String> args = new ArrayList<>(List.of("sqs", "create-queue", "--queue-name", name));
        args.addAll(List.of(options));
        return aws(args.toArray(String[]::new)).path("QueueUrl").asText();
    }

    /** Receives until {@code expected} messages arrived or a receive comes back empty. */
    private List<JsonNode> receiveAll(String queueUrl, int expected) {
        List<JsonNode> messages = new ArrayList<>();
        while (messages.size() < expected) {
            JsonNode batch = aws("sqs", "receive-message", "--queue-url", queueUrl, "--max-number-of-messages", "10",
                    "--wait-time-seconds", "1", "--attribute-names", "All", "--message-attribute-names", "All")
                    .path("Messages");
            if (batch.isEmpty()) {
                break;
            }
            batch.forEach(messages::add);
        }
        return messages;
    }

    private static ReceivedMessage message(JsonNode message) {
        Map<String, MessageAttribute> attributes = new LinkedHashMap<>();
        message.path("MessageAttributes").properties().forEach(entry -> attributes.put(entry.getKey(),
                new MessageAttribute(entry.getValue().path("DataType").asText(),
                        entry.getValue().path("StringValue").textValue(),
                        entry.getValue().path("BinaryValue").textValue())));
        return new ReceivedMessage(message.path("Body").asText(), message.path("MD5OfBody").asText(),
                strings(message.path("Attributes")), attributes);
    }

    private int queueDepth(String queueUrl) {
        JsonNode attributes = aws("sqs", "get-queue-attributes", "--queue-url", queueUrl, "--attribute-names",
                "ApproximateNumberOfMessages", "ApproximateNumberOfMessagesNotVisible").path("Attributes");
        return attributes.path("ApproximateNumberOfMessages").asInt()
                + attributes.path("ApproximateNumberOfMessagesNotVisible").asInt();
    }

    private static List<String> texts(JsonNode array, String member) {
        return StreamSupport.stream(array.spliterator(), false).map(node -> node.path(member).asText()).toList();
    }

    @Override
    public StandardQueue sqsStandard() {
        String url = createQueue("standard");
        aws("sqs", "send-message", "--queue-url", url, "--message-body", "hello", "--message-attributes", json(Map.of(
                "color", Map.of("DataType", "String", "StringValue", "blue"),
                "count", Map.of("DataType", "Number", "StringValue", "3"),
                "blob", Map.of("DataType", "Binary", "BinaryValue", "AQID"))));
        List<JsonNode> received = receiveAll(url, 1);
        received.forEach(m -> aws("sqs", "delete-message", "--queue-url", url, "--receipt-handle",
                m.path("ReceiptHandle").asText()));
        return new StandardQueue(url, received.stream().map(AwsCliScenarios::message).toList(), queueDepth(url));
    }

    @Override
    public FifoQueue sqsFifo() {
        String url = createQueue("orders.fifo", "--attributes", "FifoQueue=true,ContentBasedDeduplication=true");
        List<String> sent = List.of("first", "second", "third", "first").stream()
                .map(body -> aws("sqs", "send-message", "--queue-url", url, "--message-body", body,
                        "--message-group-id", "customer-1").path("MessageId").asText())
                .toList();
        return new FifoQueue(sent, receiveAll(url, 3).stream().map(AwsCliScenarios::message).toList());
    }

    @Override
    public QueueAttributes sqsAttributes() {
        String url = createQueue("attributes", "--attributes", "VisibilityTimeout=45", "--tags", "team=payments");
        aws("sqs", "set-queue-attributes", "--queue-url", url, "--attributes", "MaximumMessageSize=2048,DelaySeconds=1");
        return new QueueAttributes(
                strings(aws("sqs", "get-queue-attributes", "--queue-url", url, "--attribute-names", "All")
                        .path("Attributes")),
                strings(aws("sqs", "list-queue-tags", "--queue-url", url).path("Tags")));
    }

    @Override
    public Batch sqsBatch() {
        String url = createQueue("batch");
        JsonNode sent = aws("sqs", "send-message-batch", "--queue-url", url, "--entries", json(List.of(
                Map.of("Id", "a", "MessageBody", "one"),
                Map.of("Id", "b", "MessageBody", "two", "MessageAttributes",
                        Map.of("kind", Map.of("DataType", "String", "StringValue", "k"))),
                Map.of("Id", "c", "MessageBody", "three"))));
        List<JsonNode> received = receiveAll(url, 3);
        List<Map<String, String>> entries = new ArrayList<>(IntStream.range(0, received.size())
                .mapToObj(i -> Map.of("Id", "m" + i, "ReceiptHandle", received.get(i).path("ReceiptHandle").asText()))
                .toList());
        entries.add(Map.of("Id", "bogus", "ReceiptHandle", "not-a-receipt-handle"));
        JsonNode deleted = aws("sqs", "delete-message-batch", "--queue-url", url, "--entries", json(entries));
        List<BatchFailure> failures = StreamSupport.stream(deleted.path("Failed").spliterator(), false)
                .map(entry -> new BatchFailure(entry.path("Id").asText(), entry.path("Code").asText(),
                        entry.path("SenderFault").asBoolean()))
                .toList();
        return new Batch(texts(sent.path("Successful"), "Id").stream().sorted().toList(), sent.path("Failed").size(),
                received.stream().map(AwsCliScenarios::message).toList(),
                texts(deleted.path("Successful"), "Id").stream().sorted().toList(), failures, queueDepth(url));
    }

    @Override
    public DeadLetter sqsDeadLetter() {
        String dlqUrl = createQueue("dead-letters");
        String sourceUrl = createQueue("work", "--attributes", json(Map.of("RedrivePolicy", json(Map.of(
                "deadLetterTargetArn", queueArn("dead-letters"), "maxReceiveCount", "1")))));
        aws("sqs", "send-message", "--queue-url", sourceUrl, "--message-body", "poison");
        JsonNode first = aws("sqs", "receive-message", "--queue-url", sourceUrl, "--visibility-timeout", "0");
        JsonNode second = aws("sqs", "receive-message", "--queue-url", sourceUrl, "--visibility-timeout", "0",
                "--wait-time-seconds", "1");
        List<ReceivedMessage> dead = receiveAll(dlqUrl, 1).stream().map(AwsCliScenarios::message).toList();
        JsonNode sources = aws("sqs", "list-dead-letter-source-queues", "--queue-url", dlqUrl).path("queueUrls");
        return new DeadLetter(texts(first.path("Messages"), "Body"), texts(second.path("Messages"), "Body"), dead,
                convert(sources, new TypeReference<>() { }), sourceUrl);
    }

    @Override
    public Fanout snsFanout() {
        String topic = aws("sns", "create-topic", "--name", "order-events").path("TopicArn").asText();
        String rawUrl = createQueue("raw-blue");
        String envelopedUrl = createQueue("enveloped-all");
        String rawSubscription = aws("sns", "subscribe", "--topic-arn", topic, "--protocol", "sqs",
                "--notification-endpoint", queueArn("raw-blue"), "--return-subscription-arn", "--attributes",
                json(Map.of("RawMessageDelivery", "true", "FilterPolicy", json(Map.of("color", List.of("blue"))))))
                .path("SubscriptionArn").asText();
        aws("sns", "subscribe", "--topic-arn", topic, "--protocol", "sqs", "--notification-endpoint",
                queueArn("enveloped-all"));
        Map.of("blue order", "blue", "red order", "red").forEach((body, color) -> aws("sns", "publish",
                "--topic-arn", topic, "--message", body, "--subject", "order", "--message-attributes",
                json(Map.of("color", Map.of("DataType", "String", "StringValue", color)))));
        int subscriptions = aws("sns", "list-subscriptions-by-topic", "--topic-arn", topic).path("Subscriptions").size();
        Map<String, String> rawAttributes = strings(aws("sns", "get-subscription-attributes", "--subscription-arn",
                rawSubscription).path("Attributes"));
        List<ReceivedMessage> raw = receiveAll(rawUrl, 1).stream().map(AwsCliScenarios::message).toList();
        List<Map<String, Object>> enveloped = receiveAll(envelopedUrl, 2).stream()
                .map(m -> {
                    try {
                        return JSON.readValue(m.path("Body").asText(), new TypeReference<Map<String, Object>>() { });
                    } catch (IOException e) {
                        throw new UncheckedIOException("not an SNS envelope: " + m, e);
                    }
                })
                .toList();
        return new Fanout(topic, subscriptions, rawAttributes, raw, enveloped);
    }

    @Override
    public Stream kinesisStream() {
        aws("kinesis", "create-stream", "--stream-name", "clicks", "--shard-count", "2");
        aws("kinesis", "wait", "stream-exists", "--stream-name", "clicks");
        List<PutResult> puts = new ArrayList<>();
        JsonNode single = aws("kinesis", "put-record", "--stream-name", "clicks", "--partition-key", "alpha",
                "--data", base64("one"));
        puts.add(new PutResult(single.path("ShardId").asText(), single.path("SequenceNumber").asText()));
        JsonNode batch = aws("kinesis", "put-records", "--stream-name", "clicks", "--records", json(List.of(
                Map.of("PartitionKey", "beta", "Data", base64("two")),
                Map.of("PartitionKey", "gamma", "Data", base64("three")))));
        batch.path("Records").forEach(r -> puts.add(new PutResult(r.path("ShardId").asText(),
                r.path("SequenceNumber").asText())));
        List<String> shardIds = texts(aws("kinesis", "list-shards", "--stream-name", "clicks").path("Shards"),
                "ShardId");
        List<StreamRecord> records = new ArrayList<>();
        for (String shardId : shardIds) {
            String iterator = aws("kinesis", "get-shard-iterator", "--stream-name", "clicks", "--shard-id", shardId,
                    "--shard-iterator-type", "TRIM_HORIZON").path("ShardIterator").asText();
            aws("kinesis", "get-records", "--shard-iterator", iterator).path("Records").forEach(r -> records.add(
                    new StreamRecord(shardId, r.path("PartitionKey").asText(),
                            new String(Base64.getDecoder().decode(r.path("Data").asText()), StandardCharsets.UTF_8),
                            r.path("SequenceNumber").asText())));
        }
        return new Stream(shardIds, batch.path("FailedRecordCount").asInt(), puts, records);
    }

    private static String base64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
