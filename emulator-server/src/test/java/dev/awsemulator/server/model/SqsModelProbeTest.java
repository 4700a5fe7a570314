package dev.awsemulator.server.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.awsemulator.server.requests.HandledRequest;
import dev.awsemulator.server.sqs.SqsModule;
import dev.awsemulator.server.testsupport.EmulatorServerExtension;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every constraint SQS's model check enforces, broken one at a time over JSON 1.0 and Query: a missing
 * required member is SQS's MissingParameter, a member of the wrong type a SerializationException, each
 * before the queue is looked up, and neither the queue the request names nor anything else changes. Raw
 * HTTP, since the SDK would refuse these requests before sending them.
 */
class SqsModelProbeTest {

    @RegisterExtension
    static final EmulatorServerExtension aws = new EmulatorServerExtension();

    private static final String QUEUE_ARN = "arn:aws:sqs:us-east-1:000000000000:probed";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    /** The Query names of the required lists and maps: SQS flattens them under a singular name. */
    private static final Map<String, String> QUERY_NAMES = Map.of("AWSAccountIds", "AWSAccountId",
            "Actions", "ActionName", "Attributes", "Attribute", "Tags", "Tag", "TagKeys", "TagKey");

    private static String queueUrl;

    /** Made in the test itself: the extension empties the server before each test method. */
    private static void aQueueWithAMessageAndTags() {
        queueUrl = aws.sqs().createQueue(b -> b.queueName("probed").tags(Map.of("team", "probes"))).queueUrl();
        aws.sqs().sendMessage(b -> b.queueUrl(queueUrl).messageBody("kept"));
    }

    @TestFactory
    Stream<DynamicNode> everyConstraintOfEveryOperationOverJson() {
        aQueueWithAMessageAndTags();
        InputModel model = InputModel.read(SqsModule.class, "input-constraints.txt");
        Map<String, JsonNode> samples = Map.of("String", NODES.textNode(queueUrl));
        return model.operations().stream().sorted().map(operation -> operationProbes(model, samples, operation));
    }

    private static DynamicNode operationProbes(InputModel model, Map<String, JsonNode> samples, String operation) {
        List<DynamicNode> tests = new ArrayList<>();
        String[] before = new String[1];
        tests.add(DynamicTest.dynamicTest("state before", () -> before[0] = state()));
        for (Probes.Probe probe : Probes.of(model, samples, operation, "ValidationException",
                SqsModelProbeTest::missingParameter)) {
            tests.add(DynamicTest.dynamicTest(probe.name(), () -> assertRefused(operation, probe)));
        }
        tests.add(DynamicTest.dynamicTest("nothing changed", () -> assertThat(state()).isEqualTo(before[0])));
        return DynamicContainer.dynamicContainer(operation, tests);
    }

    /**
     * Every required member missing over Query (every value is text there, so no type is probed); the
     * other members in SQS's flattened form, as SDK v1 writes them.
     */
    @TestFactory
    Stream<DynamicNode> everyRequiredMemberOfEveryOperationOverQuery() {
        aQueueWithAMessageAndTags();
        InputModel model = InputModel.read(SqsModule.class, "input-constraints.txt");
        Map<String, JsonNode> samples = Map.of("String", NODES.textNode(queueUrl));
        return model.operations().stream().sorted().map(operation -> {
            List<DynamicNode> tests = new ArrayList<>();
            String[] before = new String[1];
            tests.add(DynamicTest.dynamicTest("state before", () -> before[0] = state()));
            Probes.of(model, samples, operation, "ValidationException", SqsModelProbeTest::missingParameter).stream()
                    .filter(probe -> probe.code().equals("MissingParameter"))
                    .forEach(probe -> tests.add(DynamicTest.dynamicTest(probe.name(),
                            () -> assertRefusedOverQuery(operation, probe))));
            tests.add(DynamicTest.dynamicTest("nothing changed", () -> assertThat(state()).isEqualTo(before[0])));
            return DynamicContainer.dynamicContainer(operation, tests);
        });
    }

    /** SQS names the member as its wire name: "The request must contain the parameter QueueUrl.". */
    private static Probes.Refusal missingParameter(String path) {
        return new Probes.Refusal("MissingParameter", "The request must contain the parameter "
                + Character.toUpperCase(path.charAt(0)) + path.substring(1) + ".");
    }

    private static void assertRefused(String operation, Probes.Probe probe) throws Exception {
        HttpResponse<byte[]> response = HTTP.send(HttpRequest.newBuilder(URI.create(aws.endpoint() + "/"))
                .header("Content-Type", "application/x-amz-json-1.0")
                .header("X-Amz-Target", "AmazonSQS." + operation)
                .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(probe.body()))).build(),
                HttpResponse.BodyHandlers.ofByteArray());

        JsonNode error = JSON.readTree(response.body());
        assertThat(response.statusCode()).as(probe.body().toString()).isEqualTo(400);
        assertThat(response.headers().firstValue("x-amzn-query-error")).as(probe.body().toString())
                .hasValue(probe.code() + ";Sender");
        String message = error.get("message").asText();
        assertThat(message).as(probe.body().toString()).contains(probe.sentence())
                .doesNotContain("dev.awsemulator", "jackson", "Jackson");
        List<HandledRequest> journal = aws.requests();
        assertThat(journal.get(journal.size() - 1)).extracting(HandledRequest::operation, HandledRequest::status,
                HandledRequest::errorCode).containsExactly(operation, 400,
                response.headers().firstValue("x-amzn-ErrorType").orElseThrow());
    }

    private static void assertRefusedOverQuery(String operation, Probes.Probe probe) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(aws.endpoint() + "/"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(operation, probe.body()))).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).as(probe.body().toString()).isEqualTo(400);
        assertThat(response.body()).as(probe.body().toString()).contains("<Code>" + probe.code() + "</Code>")
                .contains("<Message>" + probe.sentence() + "</Message>");
        List<HandledRequest> journal = aws.requests();
        assertThat(journal.get(journal.size() - 1)).extracting(HandledRequest::operation, HandledRequest::status)
                .containsExactly(operation, 400);
    }

    /** The body's members as SQS's Query form: lists and maps flattened under their singular names. */
    private static String form(String operation, JsonNode body) {
        StringBuilder form = new StringBuilder("Action=" + operation + "&Version=2012-11-05");
        body.properties().forEach(member -> {
            JsonNode value = member.getValue();
            String name = QUERY_NAMES.getOrDefault(member.getKey(), member.getKey());
            if (value.isArray()) {
                for (int i = 0; i < value.size(); i++) {
                    form.append('&').append(name).append('.').append(i + 1).append('=')
                            .append(encoded(value.get(i).asText()));
                }
            } else if (value.isObject()) {
                String[] entry = name.equals("Tag") ? new String[] {"Key", "Value"} : new String[] {"Name", "Value"};
                int[] index = {0};
                value.properties().forEach(pair -> {
                    index[0]++;
                    form.append('&').append(name).append('.').append(index[0]).append('.').append(entry[0])
                            .append('=').append(encoded(pair.getKey()))
                            .append('&').append(name).append('.').append(index[0]).append('.').append(entry[1])
                            .append('=').append(encoded(pair.getValue().asText()));
                });
            } else {
                form.append('&').append(name).append('=').append(encoded(value.asText()));
            }
        });
        return form.toString();
    }

    private static String encoded(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /** What the account holds: its queues, the probed queue's attributes (message counts too) and tags. */
    private static String state() {
        return aws.sqs().listQueues().queueUrls() + "\n"
                + aws.sqs().getQueueAttributes(b -> b.queueUrl(queueUrl).attributeNames(QueueAttributeName.ALL))
                .attributes() + "\n"
                + aws.sqs().listQueueTags(b -> b.queueUrl(queueUrl)).tags() + "\n"
                + aws.sqs().listDeadLetterSourceQueues(b -> b.queueUrl(queueUrl)).queueUrls() + "\n"
                + aws.sqs().listMessageMoveTasks(b -> b.sourceArn(QUEUE_ARN)).results();
    }
}
