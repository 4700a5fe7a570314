package dev.awsemulator.core.sqs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.awsemulator.core.sqs.api.AddPermissionRequest;
import dev.awsemulator.core.sqs.api.CreateQueueRequest;
import dev.awsemulator.core.sqs.api.QueueUrlRequest;
import dev.awsemulator.core.sqs.api.RemovePermissionRequest;
import dev.awsemulator.core.sqs.api.TagQueueRequest;
import dev.awsemulator.core.sqs.api.UntagQueueRequest;
import dev.awsemulator.core.testsupport.SqsFixture;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static dev.awsemulator.core.testsupport.SqsFixture.CALLER;
import static dev.awsemulator.core.testsupport.SqsFixture.arnOf;
import static dev.awsemulator.core.testsupport.SqsFixture.assertAwsError;
import static org.assertj.core.api.Assertions.assertThat;

class TagsAndPermissionsTest {

    private final SqsFixture sqs = new SqsFixture();
    private final String queue = sqs.sqs.createQueue(CALLER,
            new CreateQueueRequest("tagged", Map.of(), Map.of("team", "payments"))).queueUrl();

    private Map<String, String> tags() {
        return sqs.sqs.listQueueTags(CALLER, new QueueUrlRequest(queue)).tags();
    }

    private void addPermission(String label, List<String> accounts, List<String> actions) {
        sqs.sqs.addPermission(CALLER, new AddPermissionRequest(queue, label, accounts, actions));
    }

    private JsonNode policy() throws Exception {
        return new ObjectMapper().readTree(sqs.attribute(queue, "Policy"));
    }

    @Test
    void tagsGivenAtCreationAreListed() {
        assertThat(tags()).containsExactly(Map.entry("team", "payments"));
    }

    @Test
    void tagQueueAddsAndOverwritesAndUntagQueueRemoves() {
        sqs.sqs.tagQueue(CALLER, new TagQueueRequest(queue, Map.of("team", "billing", "env", "test")));
        assertThat(tags()).containsOnly(Map.entry("team", "billing"), Map.entry("env", "test"));

        sqs.sqs.untagQueue(CALLER, new UntagQueueRequest(queue, List.of("team", "absent")));
        assertThat(tags()).containsOnly(Map.entry("env", "test"));
    }

    @Test
    void moreThanFiftyTagsAreRejectedAndNoneAdded() {
        Map<String, String> many = new HashMap<>();
        for (int i = 0; i < 50; i++) {
            many.put("k" + i, "v");
        }

        assertAwsError(() -> sqs.sqs.tagQueue(CALLER, new TagQueueRequest(queue, many)),
                SqsError.INVALID_PARAMETER_VALUE);

        assertThat(tags()).containsOnlyKeys("team");
    }

    @Test
    void emptyTagRequestsAreMissingParameters() {
        assertAwsError(() -> sqs.sqs.tagQueue(CALLER, new TagQueueRequest(queue, Map.of())),
                SqsError.MISSING_PARAMETER, "The request must contain the parameter Tags.");
        assertAwsError(() -> sqs.sqs.untagQueue(CALLER, new UntagQueueRequest(queue, List.of())),
                SqsError.MISSING_PARAMETER, "The request must contain the parameter TagKeys.");
        assertThat(tags()).containsExactly(Map.entry("team", "payments"));
    }

    @Test
    void addPermissionWritesALabelledStatementIntoThePolicy() throws Exception {
        addPermission("AllowSend", List.of("111111111111"), List.of("SendMessage", "ReceiveMessage"));

        JsonNode statement = policy().get("Statement").get(0);
        assertThat(statement.get("Sid").asText()).isEqualTo("AllowSend");
        assertThat(statement.get("Effect").asText()).isEqualTo("Allow");
        assertThat(statement.at("/Principal/AWS/0").asText()).isEqualTo("arn:aws:iam::111111111111:root");
        assertThat(statement.get("Action").toString()).isEqualTo("[\"SQS:SendMessage\",\"SQS:ReceiveMessage\"]");
        assertThat(statement.get("Resource").asText()).isEqualTo(arnOf("tagged"));
    }

    @Test
    void removePermissionDeletesOnlyThatLabel() throws Exception {
        addPermission("First", List.of("111111111111"), List.of("SendMessage"));
        addPermission("Second", List.of("222222222222"), List.of("*"));

        sqs.sqs.removePermission(CALLER, new RemovePermissionRequest(queue, "First"));

        assertThat(policy().get("Statement")).hasSize(1);
        assertThat(policy().at("/Statement/0/Sid").asText()).isEqualTo("Second");
    }

    @Test
    void removingTheLastPermissionRemovesThePolicy() {
        addPermission("Only", List.of("111111111111"), List.of("SendMessage"));

        sqs.sqs.removePermission(CALLER, new RemovePermissionRequest(queue, "Only"));

        assertThat(sqs.attribute(queue, "Policy")).isNull();
    }

    @Test
    void duplicateLabelIsRejectedAndPolicyUnchanged() throws Exception {
        addPermission("Same", List.of("111111111111"), List.of("SendMessage"));

        assertAwsError(() -> addPermission("Same", List.of("222222222222"), List.of("ReceiveMessage")),
                SqsError.INVALID_PARAMETER_VALUE, "Value Same for parameter Label is invalid. Reason: Already exists.");

        assertThat(policy().get("Statement")).hasSize(1);
    }

    @Test
    void removingAnUnknownLabelFails() {
        assertAwsError(() -> sqs.sqs.removePermission(CALLER, new RemovePermissionRequest(queue, "Nope")),
                SqsError.INVALID_PARAMETER_VALUE,
                "Value Nope for parameter Label is invalid. Reason: can't find label.");
        assertThat(sqs.attribute(queue, "Policy")).isNull();
    }

    @Test
    void unknownActionIsRejectedAndNoPolicyCreated() {
        assertAwsError(() -> addPermission("Bad", List.of("111111111111"), List.of("CreateQueue")),
                SqsError.INVALID_PARAMETER_VALUE);
        assertThat(sqs.attribute(queue, "Policy")).isNull();
    }
}
