package dev.awsemulator.server.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.awsemulator.server.faults.Fault;
import dev.awsemulator.server.testsupport.EmulatorServerExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.kinesis.model.PutRecordResponse;
import software.amazon.awssdk.services.sns.model.MessageAttributeValue;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;
import software.amazon.awssdk.services.sqs.model.QueueDoesNotExistException;
import software.amazon.awssdk.services.sqs.model.SqsException;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** The dashboard's JSON views over HTTP, against what the SDK sees of the same state. */
class DashboardApiTest {

    @RegisterExtension
    static final EmulatorServerExtension aws = new EmulatorServerExtension();

    static final String SCRIPT_BODY = "<script>document.title='owned'</script>"
            + "<img src=x onerror=\"document.title='owned'\"> & more";

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static SqsClient elsewhere;

    @AfterAll
    static void closeClients() {
        if (elsewhere != null) {
            elsewhere.close();
        }
    }

    @Test
    void queuesOfEveryAccountAndRegionShowTheCountsTheSdkSeesAndTheirMessagesUnreceived() throws Exception {
        String orders = aws.sqs().createQueue(b -> b.queueName("orders")).queueUrl();
        aws.sqs().sendMessage(b -> b.queueUrl(orders).messageBody("first"));
        aws.sqs().receiveMessage(b -> b.queueUrl(orders).maxNumberOfMessages(1));
        aws.sqs().sendMessage(b -> b.queueUrl(orders).messageBody("second").messageAttributes(Map.of("kind",
                software.amazon.awssdk.services.sqs.model.MessageAttributeValue.builder().dataType("Binary")
                        .binaryValue(SdkBytes.fromByteArray(new byte[] {0, 1, (byte) 0xff})).build())));
        aws.sqs().sendMessage(b -> b.queueUrl(orders).messageBody("later").delaySeconds(60));
        String far = elsewhere().createQueue(b -> b.queueName("far-away")).queueUrl();
        elsewhere().sendMessage(b -> b.queueUrl(far).messageBody("over there"));

        JsonNode queues = get("api/queues").path("queues");

        assertThat(queues).extracting(queue -> queue.path("arn").asText()).containsExactly(
                "arn:aws:sqs:eu-west-1:123456789012:far-away", "arn:aws:sqs:us-east-1:000000000000:orders");
        JsonNode ordersView = queues.get(1);
        Map<QueueAttributeName, String> counts = aws.sqs().getQueueAttributes(b -> b.queueUrl(orders)
                .attributeNames(QueueAttributeName.ALL)).attributes();
        assertThat(List.of(ordersView.path("visible").asText(), ordersView.path("inFlight").asText(),
                ordersView.path("delayed").asText())).containsExactly(
                counts.get(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES),
                counts.get(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE),
                counts.get(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_DELAYED))
                .containsExactly("1", "1", "1");
        assertThat(ordersView.path("messages")).extracting(m -> m.path("body").path("text").asText(),
                m -> m.path("state").asText(), m -> m.path("receiveCount").asInt()).containsExactlyInAnyOrder(
                tuple("first", "IN_FLIGHT", 1), tuple("second", "VISIBLE", 0), tuple("later", "DELAYED", 0));
        JsonNode binary = find(ordersView.path("messages"), m -> m.path("body").path("text").asText().equals("second"))
                .path("attributes").path("kind");
        assertThat(binary.path("dataType").asText()).isEqualTo("Binary");
        assertThat(binary.path("value").path("encoding").asText()).isEqualTo("base64");
        assertThat(binary.path("value").path("text").asText()).isEqualTo("AAH/");
        JsonNode farView = queues.get(0);
        assertThat(List.of(farView.path("name").asText(), farView.path("account").asText(),
                farView.path("region").asText())).containsExactly("far-away", "123456789012", "eu-west-1");

        // Peeking received nothing: the visible message is still there for the SDK, on its first receive.
        assertThat(aws.sqs().receiveMessage(b -> b.queueUrl(orders).maxNumberOfMessages(10)
                .messageSystemAttributeNamesWithStrings("ApproximateReceiveCount")).messages())
                .singleElement().satisfies(message -> {
                    assertThat(message.body()).isEqualTo("second");
                    assertThat(message.attributesAsStrings()).containsEntry("ApproximateReceiveCount", "1");
                });
    }

    @Test
    void bodiesAreEscapedInTheJsonAndLargeOnesCutWithTheirSize() throws Exception {
        String queue = aws.sqs().createQueue(b -> b.queueName("escaping")).queueUrl();
        aws.sqs().sendMessage(b -> b.queueUrl(queue).messageBody(SCRIPT_BODY));
        String large = "é".repeat(100_000);
        aws.sqs().sendMessage(b -> b.queueUrl(queue).messageBody(large));

        HttpResponse<String> response = fetch("/api/queues");

        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json; charset=utf-8");
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(response.body()).doesNotContain("<", ">", "&", "'")
                .contains("\\u003Cscript\\u003Edocument.title=\\u0027owned\\u0027\\u003C/script\\u003E");
        JsonNode messages = JSON.readTree(response.body()).path("queues").get(0).path("messages");
        assertThat(find(messages, m -> !m.path("body").path("truncated").asBoolean()).path("body").path("text").asText())
                .isEqualTo(SCRIPT_BODY);
        JsonNode cut = find(messages, m -> m.path("body").path("truncated").asBoolean()).path("body");
        assertThat(cut.path("text").asText()).isEqualTo(large.substring(0, Preview.MAX_CHARS));
        assertThat(cut.path("size").asLong()).isEqualTo(200_000);
    }

    @Test
    void topicsShowSubscriptionsAndWhatHappenedToEachMessageAtEach() throws Exception {
        String topic = aws.sns().createTopic(b -> b.name("order-events")).topicArn();
        String queue = aws.sqs().createQueue(b -> b.queueName("red-orders")).queueUrl();
        aws.sns().subscribe(b -> b.topicArn(topic).protocol("sqs")
                .endpoint(EmulatorServerExtension.queueArn("red-orders"))
                .attributes(Map.of("FilterPolicy", "{\"color\":[\"red\"]}")));
        publish(topic, "a red order", "red");
        publish(topic, "a blue order", "blue");

        JsonNode view = get("api/topics").path("topics").get(0);

        assertThat(view.path("name").asText()).isEqualTo("order-events");
        assertThat(view.path("subscriptions")).singleElement().satisfies(subscription -> {
            assertThat(subscription.path("endpoint").asText()).isEqualTo(EmulatorServerExtension.queueArn("red-orders"));
            assertThat(subscription.path("filterPolicy").asText()).isEqualTo("{\"color\":[\"red\"]}");
        });
        assertThat(view.path("publishedCount").asInt()).isEqualTo(2);
        JsonNode latest = view.path("latestMessages");
        assertThat(latest).extracting(m -> m.path("message").path("text").asText(),
                m -> m.path("deliveries").get(0).path("status").asText())
                .containsExactly(tuple("a blue order", "FILTERED_OUT"), tuple("a red order", "DELIVERED"));
        assertThat(latest.get(0).path("deliveries").get(0).path("reason").asText()).contains("color", "blue");
        assertThat(aws.sqs().receiveMessage(b -> b.queueUrl(queue).maxNumberOfMessages(10)).messages())
                .singleElement().satisfies(message -> assertThat(message.body()).contains("a red order"));
    }

    @Test
    void streamsShowEachShardsRecordsWithTheSequenceNumbersPutReturned() throws Exception {
        aws.kinesis().createStream(b -> b.streamName("clicks").shardCount(2));
        List<PutRecordResponse> puts = new ArrayList<>();
        for (String key : List.of("a", "b", "c", "d")) {
            puts.add(aws.kinesis().putRecord(b -> b.streamName("clicks").partitionKey(key)
                    .data(SdkBytes.fromUtf8String("click " + key))));
        }
        puts.add(aws.kinesis().putRecord(b -> b.streamName("clicks").partitionKey("binary")
                .data(SdkBytes.fromByteArray(new byte[] {0, 1, 2}))));

        JsonNode stream = get("api/streams").path("streams").get(0);

        assertThat(stream.path("name").asText()).isEqualTo("clicks");
        assertThat(stream.path("status").asText()).isEqualTo("ACTIVE");
        assertThat(stream.path("shards")).hasSize(2).allSatisfy(shard -> {
            List<String> expected = puts.stream().filter(put -> put.shardId().equals(shard.path("shardId").asText()))
                    .map(PutRecordResponse::sequenceNumber).toList();
            assertThat(shard.path("latestRecords")).extracting(r -> r.path("sequenceNumber").asText())
                    .containsExactlyElementsOf(expected);
            assertThat(shard.path("recordCount").asInt()).isEqualTo(expected.size());
            assertThat(shard.path("open").asBoolean()).isTrue();
        });
        List<JsonNode> records = StreamSupport.stream(stream.path("shards").spliterator(), false)
                .flatMap(shard -> StreamSupport.stream(shard.path("latestRecords").spliterator(), false)).toList();
        assertThat(records).extracting(r -> r.path("partitionKey").asText(), r -> r.path("data").path("text").asText(),
                r -> r.path("data").path("encoding").asText()).contains(tuple("a", "click a", "text"),
                tuple("binary", "AAEC", "base64"));
    }

    @Test
    void theJournalListsAnsweredCallsNewestFirstWithTheirErrorsAndNotTheDashboardsOwn() throws Exception {
        aws.sqs().listQueues();
        assertThatThrownBy(() -> aws.sqs().getQueueUrl(b -> b.queueName("missing")))
                .isInstanceOf(QueueDoesNotExistException.class);
        get("api/queues");

        JsonNode requests = get("api/requests");

        assertThat(requests.path("capacity").asInt()).isEqualTo(RecentRequests.DEFAULT_CAPACITY);
        JsonNode newest = requests.path("requests").get(0);
        JsonNode before = requests.path("requests").get(1);
        assertThat(List.of(newest.path("service").asText(), newest.path("operation").asText(),
                newest.path("protocol").asText(), newest.path("status").asText(), newest.path("errorCode").asText()))
                .containsExactly("sqs", "GetQueueUrl", "json", "400", "QueueDoesNotExist");
        assertThat(before.path("operation").asText()).isEqualTo("ListQueues");
        assertThat(before.path("errorCode").isNull()).isTrue();
        assertThat(newest.path("number").asLong()).isEqualTo(before.path("number").asLong() + 1);
    }

    @Test
    void theJournalNamesTheFaultRuleThatFailedACallAndTheFaultsViewListsItsHits() throws Exception {
        aws.sqs().createQueue(b -> b.queueName("orders"));
        String rule = aws.faults().add(Fault.on("sqs", "GetQueueUrl").times(1).fail("InvalidSecurity")).id();
        assertThatThrownBy(() -> aws.sqs().getQueueUrl(b -> b.queueName("orders")))
                .isInstanceOfSatisfying(SqsException.class, e -> assertThat(e.statusCode()).isEqualTo(403));
        aws.sqs().getQueueUrl(b -> b.queueName("orders"));

        JsonNode requests = get("api/requests").path("requests");
        JsonNode faults = get("api/faults").path("faults");

        assertThat(requests).extracting(r -> r.path("operation").asText(), r -> r.path("status").asInt(),
                r -> r.path("faultRule").asText(null)).startsWith(tuple("GetQueueUrl", 200, null),
                tuple("GetQueueUrl", 403, rule));
        assertThat(faults).singleElement().satisfies(listed -> {
            assertThat(listed.path("id").asText()).isEqualTo(rule);
            assertThat(listed.path("hits").asInt()).isEqualTo(1);
            assertThat(listed.path("remaining").asInt()).isZero();
            assertThat(listed.path("fault").path("fail").asText()).isEqualTo("InvalidSecurity");
        });
    }

    @Test
    void thePageIsServedWithAPolicyThatAllowsOnlyItsOwnScript() throws Exception {
        HttpResponse<String> page = fetch("");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(policy -> assertThat(policy)
                .contains("default-src 'none'", "script-src 'self';").doesNotContain("unsafe"));
        assertThat(page.body()).contains("<script src=\"/_emulator/dashboard/dashboard.js\" defer></script>");
        assertThat(fetch("/dashboard.js").headers().firstValue("Content-Type"))
                .hasValue("text/javascript; charset=utf-8");
        assertThat(fetch("/dashboard.js").body()).doesNotContain("innerHTML", "outerHTML", "insertAdjacentHTML",
                "eval(", "document.write");
        assertThat(fetch("/dashboard.css").headers().firstValue("Content-Type")).hasValue("text/css; charset=utf-8");
    }

    @Test
    void browserRequestsAreNeverTakenForAwsCallsNorAwsCallsForBrowserRequests() throws Exception {
        HttpResponse<String> unknown = fetch("/nothing-here");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("/_emulator/dashboard").doesNotContain("<Error>");
        HttpResponse<String> post = send(HttpRequest.newBuilder(dashboard("/api/queues"))
                .POST(HttpRequest.BodyPublishers.ofString("")).build());
        assertThat(post.statusCode()).isEqualTo(405);
        assertThat(post.headers().firstValue("Allow")).hasValue("GET");
        aws.sqs().listQueues();
        long answered = get("api/requests").path("requests").get(0).path("number").asLong();

        HttpResponse<String> query = fetch("?Action=ListQueues");
        HttpResponse<String> json = send(HttpRequest.newBuilder(dashboard("/api/queues"))
                .header("X-Amz-Target", "AmazonSQS.ListQueues").header("Content-Type", "application/x-amz-json-1.0")
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build());

        assertThat(query.body()).contains("<ListQueuesResponse");
        assertThat(json.statusCode()).isEqualTo(200);
        assertThat(json.headers().firstValue("Content-Type")).hasValue("application/x-amz-json-1.0");
        assertThat(get("api/requests").path("requests")).extracting(r -> r.path("number").asLong(),
                r -> r.path("operation").asText()).startsWith(tuple(answered + 2, "ListQueues"),
                tuple(answered + 1, "ListQueues"));
    }

    private static void publish(String topic, String message, String color) {
        aws.sns().publish(b -> b.topicArn(topic).message(message).messageAttributes(Map.of("color",
                MessageAttributeValue.builder().dataType("String").stringValue(color).build())));
    }

    private static JsonNode find(JsonNode array, Predicate<JsonNode> wanted) {
        return StreamSupport.stream(array.spliterator(), false).filter(wanted).findFirst()
                .orElseThrow(() -> new AssertionError("no such element in " + array));
    }

    /** A client of another account (a 12-digit access key names it) in another region. */
    private static synchronized SqsClient elsewhere() {
        if (elsewhere == null) {
            elsewhere = SqsClient.builder()
                    .endpointOverride(aws.endpoint())
                    .region(Region.EU_WEST_1)
                    .credentialsProvider(StaticCredentialsProvider.create(
                            AwsBasicCredentials.create("123456789012", "secret")))
                    .httpClientBuilder(Apache5HttpClient.builder())
                    .build();
        }
        return elsewhere;
    }

    private static JsonNode get(String view) throws IOException, InterruptedException {
        HttpResponse<String> response = fetch("/" + view);
        assertThat(response.statusCode()).as(view).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static HttpResponse<String> fetch(String suffix) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(dashboard(suffix)).GET().build());
    }

    private static HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static URI dashboard(String suffix) {
        return URI.create(aws.server().dashboard() + suffix);
    }
}
