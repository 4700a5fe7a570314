package dev.awsemulator.server.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.awsemulator.server.faults.Fault;
import dev.awsemulator.server.testsupport.EmulatorServerExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.sqs.model.SqsException;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@code /_emulator/faults}, as a test in another language uses it: rules added as JSON act on the next SDK
 * call, are listed with their hits, removed one by one or all at once, and gone after a reset; bad input is
 * refused with 400 and a message saying what is valid, adding nothing.
 */
class FaultsEndpointTest {

    @RegisterExtension
    static final EmulatorServerExtension aws = new EmulatorServerExtension();

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aRulePostedAsJsonFailsTheNextCallAndIsListedWithItsHits() throws Exception {
        String orders = aws.sqs().createQueue(b -> b.queueName("orders")).queueUrl();

        HttpResponse<String> added = post("""
                {"service": "sqs", "operation": "SendMessage", "resource": "orders", "times": 1,
                 "fail": "KmsThrottled"}""");

        assertThat(added.statusCode()).isEqualTo(201);
        assertThat(json(added).get("id").asText()).isEqualTo("1");
        assertThat(json(added).get("resourceArn").asText()).isEqualTo(EmulatorServerExtension.queueArn("orders"));
        assertThatThrownBy(() -> aws.sqs().sendMessage(b -> b.queueUrl(orders).messageBody("o-1")))
                .isInstanceOfSatisfying(SqsException.class, e -> {
                    assertThat(e.awsErrorDetails().errorCode()).isEqualTo("KMS.ThrottlingException");
                    assertThat(e.statusCode()).isEqualTo(400);
                });
        JsonNode listed = json(send("GET", "", HttpRequest.BodyPublishers.noBody())).get("faults");
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0).get("hits").asInt()).isEqualTo(1);
        assertThat(listed.get(0).get("remaining").asInt()).isZero();
        assertThat(listed.get(0).get("fault").get("fail").asText()).isEqualTo("KmsThrottled");
        assertThat(aws.sqs().getQueueAttributes(b -> b.queueUrl(orders).attributeNamesWithStrings(
                "ApproximateNumberOfMessages")).attributesAsStrings()).containsEntry("ApproximateNumberOfMessages", "0");
    }

    @Test
    void rulesAreDeletedOneByOneOrAllAtOnceAndByAReset() throws Exception {
        aws.faults().add(Fault.on("sqs", "ListQueues").fail("ServiceUnavailable"));
        String second = aws.faults().add(Fault.on("sqs", "CreateQueue").dropConnection()).id();
        aws.faults().add(Fault.on("sns", "ListTopics").fail("InternalError"));

        HttpResponse<String> deleted = send("DELETE", "/" + second, HttpRequest.BodyPublishers.noBody());
        assertThat(deleted.statusCode()).isEqualTo(200);
        assertThat(json(deleted).get("faults").findValuesAsText("id")).containsExactly("1", "3");
        HttpResponse<String> missing = send("DELETE", "/" + second, HttpRequest.BodyPublishers.noBody());
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(json(missing).get("message").asText()).isEqualTo("There is no fault rule 2.");

        HttpResponse<String> cleared = send("DELETE", "", HttpRequest.BodyPublishers.noBody());
        assertThat(cleared.statusCode()).isEqualTo(200);
        assertThat(json(cleared).get("faults")).isEmpty();

        aws.faults().add(Fault.on("sqs", "ListQueues").fail("ServiceUnavailable"));
        aws.server().reset();
        assertThat(aws.faults().rules()).isEmpty();
        assertThat(aws.sqs().listQueues().queueUrls()).isEmpty();
    }

    @Test
    void anUnknownOperationIsRefusedWithTheServicesOperations() throws Exception {
        assertRefused("""
                {"service": "sqs", "operation": "SendMessages", "fail": "RequestThrottled"}""",
                "sqs has no operation \"SendMessages\"; its operations are AddPermission, ");
    }

    @Test
    void anErrorTheOperationCannotReturnIsRefusedWithTheErrorsItCan() throws Exception {
        assertRefused("""
                {"service": "sqs", "operation": "SendMessage", "fail": "ProvisionedThroughputExceededException"}""",
                "sqs SendMessage cannot return \"ProvisionedThroughputExceededException\"; it can return ");
        assertThat(json(post("""
                {"service": "sqs", "operation": "SendMessage", "fail": "Nope"}""")).get("message").asText())
                .contains("QueueDoesNotExist (AWS.SimpleQueueService.NonExistentQueue)", "RequestThrottled",
                        "ThrottlingException", "ServiceUnavailable");
    }

    @Test
    void aRuleOnAQueueThatDoesNotExistIsRefusedWithTheQueuesThatDo() throws Exception {
        aws.sqs().createQueue(b -> b.queueName("orders"));

        assertRefused("""
                {"service": "sqs", "operation": "SendMessage", "resource": "ordres", "fail": "RequestThrottled"}""",
                "No queue \"ordres\" exists in account 000000000000, us-east-1; queues there: orders.");
    }

    @Test
    void unknownKeysAndSpecsThatSayNothingOrTooMuchAreRefused() throws Exception {
        assertRefused("""
                {"service": "sqs", "operation": "SendMessage", "fial": "RequestThrottled"}""",
                "Unknown key \"fial\"; the keys are account, delay, dropConnection, entries, fail, ");
        assertRefused("""
                {"service": "sqs", "operation": "SendMessage", "fail": "RequestThrottled", "delay": "5s"}""",
                "A fault needs exactly one of fail (an error code), delay (a duration), dropConnection: true and "
                        + "resetMidBody: true.");
        assertRefused("""
                {"service": "sqs", "operation": "SendMessage", "delay": "soon"}""",
                "delay must be a duration such as 500ms, 5s or 2m, not \"soon\".");
        assertRefused("""
                {"service": "sqs", "operation": "SendMessage", "fail": "InternalError", "entries": [0]}""",
                "sqs SendMessage is no batch call, so it has no entries to fail; the batch calls of sqs are "
                        + "ChangeMessageVisibilityBatch, DeleteMessageBatch, SendMessageBatch.");
        assertRefused("[]", "Post a fault as a JSON object of its keys: ");
    }

    private static void assertRefused(String body, String messageStart) throws Exception {
        HttpResponse<String> refused = post(body);

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/json");
        assertThat(json(refused).get("message").asText()).startsWith(messageStart);
        assertThat(aws.faults().rules()).isEmpty();
    }

    private static HttpResponse<String> post(String body) throws IOException, InterruptedException {
        return send("POST", "", HttpRequest.BodyPublishers.ofString(body));
    }

    private static HttpResponse<String> send(String method, String path, HttpRequest.BodyPublisher body)
            throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(aws.endpoint() + "/_emulator/faults" + path))
                .method(method, body).header("Content-Type", "application/json").build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode json(HttpResponse<String> response) throws IOException {
        return JSON.readTree(response.body());
    }
}
