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
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every constraint SQS's model check enforces, broken one at a time over JSON 1.0: a missing required member
 * is SQS's MissingParameter, a member of the wrong type a SerializationException, each before the queue is
 * looked up, and neither the queue the request names nor anything else changes. Raw HTTP, since the SDK
 * would refuse these requests before sending them.
 */
class SqsModelProbeTest {

    @RegisterExtension
    static final EmulatorServerExtension aws = new EmulatorServerExtension();

    private static final String QUEUE_ARN = "arn:aws:sqs:us-east-1:000000000000:probed";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

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
        for (Probes.Probe probe : Probes.of(model, samples, operation, SqsModelProbeTest::missingParameter)) {
            tests.add(DynamicTest.dynamicTest(probe.name(), () -> assertRefused(operation, probe)));
        }
        tests.add(DynamicTest.dynamicTest("nothing changed", () -> assertThat(state()).isEqualTo(before[0])));
        return DynamicContainer.dynamicContainer(operation, tests);
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
