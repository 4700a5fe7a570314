package dev.awsemulator.server.sqs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.awsemulator.server.testsupport.SqsDriver.Page;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static dev.awsemulator.server.testsupport.SqsFault.NON_EXISTENT_QUEUE;
import static dev.awsemulator.server.testsupport.SqsFault.QUEUE_DELETED_RECENTLY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

/** Queue lifecycle, attributes, tags, permissions and ListQueues paging. */
abstract class QueueBehaviour extends SqsBehaviour {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void createdQueueHasAUrlThatLeadsBackToTheEmulator() {
        String url = sqs.createQueue("orders");

        assertThat(url).isEqualTo(aws.endpoint() + "/000000000000/orders");
        assertThat(sqs.getQueueUrl("orders")).isEqualTo(url);
        assertThat(sqs.listQueues()).containsExactly(url);
    }

    @Test
    void creatingAQueueAgainWithTheSameAttributesReturnsTheSameQueue() {
        String url = sqs.createQueue("orders", Map.of("VisibilityTimeout", "45"));

        assertThat(sqs.createQueue("orders", Map.of("VisibilityTimeout", "45"))).isEqualTo(url);
        assertThat(sqs.createQueue("orders")).isEqualTo(url);
        assertThat(sqs.listQueues()).containsExactly(url);
    }

    @Test
    void newQueueHasAwsDefaults() {
        long createdSeconds = nowMillis() / 1000;
        String url = sqs.createQueue("defaults");

        assertThat(sqs.getQueueAttributes(url)).containsOnly(
                entry("QueueArn", "arn:aws:sqs:us-east-1:000000000000:defaults"),
                entry("ApproximateNumberOfMessages", "0"),
                entry("ApproximateNumberOfMessagesNotVisible", "0"),
                entry("ApproximateNumberOfMessagesDelayed", "0"),
                entry("CreatedTimestamp", Long.toString(createdSeconds)),
                entry("LastModifiedTimestamp", Long.toString(createdSeconds)),
                entry("VisibilityTimeout", "30"),
                entry("MaximumMessageSize", "1048576"),
                entry("MessageRetentionPeriod", "345600"),
                entry("DelaySeconds", "0"),
                entry("ReceiveMessageWaitTimeSeconds", "0"),
                entry("SqsManagedSseEnabled", "true"));
    }

    @Test
    void fifoQueueHasFifoDefaults() {
        String url = sqs.createQueue("payments.fifo", Map.of("FifoQueue", "true"));

        assertThat(sqs.getQueueAttributes(url, "FifoQueue", "ContentBasedDeduplication", "DeduplicationScope",
                "FifoThroughputLimit")).containsOnly(
                entry("FifoQueue", "true"),
                entry("ContentBasedDeduplication", "false"),
                entry("DeduplicationScope", "queue"),
                entry("FifoThroughputLimit", "perQueue"));
    }

    @Test
    void getQueueAttributesReturnsOnlyTheNamedAttributes() {
        String url = sqs.createQueue("named", Map.of("DelaySeconds", "5"));

        assertThat(sqs.getQueueAttributes(url, "DelaySeconds", "VisibilityTimeout"))
                .containsOnly(entry("DelaySeconds", "5"), entry("VisibilityTimeout", "30"));
    }

    @Test
    void setQueueAttributesChangesThemAndTheModificationTime() {
        String url = sqs.createQueue("settings");
        advanceSeconds(90);

        sqs.setQueueAttributes(url, Map.of("VisibilityTimeout", "120", "MessageRetentionPeriod", "600",
                "ReceiveMessageWaitTimeSeconds", "20", "MaximumMessageSize", "2048"));

        assertThat(sqs.getQueueAttributes(url, "VisibilityTimeout", "MessageRetentionPeriod",
                "ReceiveMessageWaitTimeSeconds", "MaximumMessageSize", "LastModifiedTimestamp")).containsOnly(
                entry("VisibilityTimeout", "120"),
                entry("MessageRetentionPeriod", "600"),
                entry("ReceiveMessageWaitTimeSeconds", "20"),
                entry("MaximumMessageSize", "2048"),
                entry("LastModifiedTimestamp", Long.toString(nowMillis() / 1000)));
    }

    @Test
    void kmsKeyReplacesManagedEncryptionAndManagedEncryptionReplacesTheKey() {
        String url = sqs.createQueue("encrypted", Map.of("KmsMasterKeyId", "alias/aws/sqs"));

        assertThat(sqs.getQueueAttributes(url, "KmsMasterKeyId", "KmsDataKeyReusePeriodSeconds",
                "SqsManagedSseEnabled")).containsOnly(entry("KmsMasterKeyId", "alias/aws/sqs"),
                entry("KmsDataKeyReusePeriodSeconds", "300"), entry("SqsManagedSseEnabled", "false"));

        sqs.setQueueAttributes(url, Map.of("SqsManagedSseEnabled", "true"));
        assertThat(sqs.getQueueAttributes(url, "KmsMasterKeyId", "KmsDataKeyReusePeriodSeconds",
                "SqsManagedSseEnabled")).containsOnly(entry("SqsManagedSseEnabled", "true"));
    }

    @Test
    void deletedQueueIsGone() {
        String url = sqs.createQueue("doomed");

        sqs.deleteQueue(url);

        assertThat(sqs.listQueues()).isEmpty();
        rejects(NON_EXISTENT_QUEUE, () -> sqs.getQueueUrl("doomed"));
        rejects(NON_EXISTENT_QUEUE, () -> sqs.getQueueAttributes(url));
    }

    @Test
    void deletedQueueNameCanBeReusedAfterSixtySeconds() {
        sqs.deleteQueue(sqs.createQueue("phoenix"));

        rejects(QUEUE_DELETED_RECENTLY, "You must wait 60 seconds after deleting a queue before you can create "
                + "another with the same name.", () -> sqs.createQueue("phoenix"));
        advanceSeconds(60);

        assertThat(sqs.createQueue("phoenix")).endsWith("/000000000000/phoenix");
    }

    @Test
    void getQueueUrlLooksInTheOwnersAccount() {
        String url = sqs.createQueue("shared");

        assertThat(sqs.getQueueUrl("shared", "000000000000")).isEqualTo(url);
        rejects(NON_EXISTENT_QUEUE, () -> sqs.getQueueUrl("shared", "111122223333"));
    }

    @Test
    void tagsAreSetAtCreationAddedOverwrittenAndRemoved() {
        String url = sqs.createQueue("tagged", Map.of(), Map.of("team", "billing", "env", "test"));

        sqs.tagQueue(url, Map.of("env", "prod", "cost-center", "42", "flag", ""));
        assertThat(sqs.listQueueTags(url)).containsOnly(entry("team", "billing"), entry("env", "prod"),
                entry("cost-center", "42"), entry("flag", ""));

        sqs.untagQueue(url, List.of("team", "not-there"));
        assertThat(sqs.listQueueTags(url)).containsOnly(entry("env", "prod"), entry("cost-center", "42"),
                entry("flag", ""));
    }

    @Test
    void addPermissionWritesAPolicyStatementAndRemovePermissionTakesItAway() throws Exception {
        String url = sqs.createQueue("guarded");

        sqs.addPermission(url, "AllowSend", List.of("111122223333"), List.of("SendMessage", "ReceiveMessage"));

        JsonNode policy = JSON.readTree(sqs.getQueueAttribute(url, "Policy"));
        JsonNode statement = policy.path("Statement").get(0);
        assertThat(statement.path("Sid").asText()).isEqualTo("AllowSend");
        assertThat(statement.path("Effect").asText()).isEqualTo("Allow");
        assertThat(statement.path("Principal").path("AWS").toString()).contains("arn:aws:iam::111122223333:root");
        assertThat(statement.path("Action").toString()).contains("SQS:SendMessage", "SQS:ReceiveMessage");
        assertThat(statement.path("Resource").asText()).isEqualTo(arnOf(url));

        sqs.removePermission(url, "AllowSend");
        assertThat(sqs.getQueueAttributes(url)).doesNotContainKey("Policy");
    }

    @Test
    void listQueuesFiltersByPrefix() {
        String first = sqs.createQueue("billing-invoices");
        String second = sqs.createQueue("billing-refunds");
        sqs.createQueue("shipping");

        assertThat(sqs.listQueues("billing", null, null).queueUrls()).containsExactlyInAnyOrder(first, second);
        assertThat(sqs.listQueues("none", null, null).queueUrls()).isEmpty();
    }

    @Test
    void listQueuesPagesWithMaxResultsAndNextToken() {
        List<String> created = IntStream.range(0, 5).mapToObj(i -> sqs.createQueue("page-" + i)).toList();

        List<String> seen = new ArrayList<>();
        List<Integer> pageSizes = new ArrayList<>();
        String token = null;
        do {
            Page page = sqs.listQueues("page-", 2, token);
            seen.addAll(page.queueUrls());
            pageSizes.add(page.queueUrls().size());
            token = page.nextToken();
        } while (token != null);

        assertThat(pageSizes).containsExactly(2, 2, 1);
        assertThat(seen).containsExactlyInAnyOrderElementsOf(created);
        assertThat(sqs.listQueues("page-", null, null).nextToken()).isNull();
    }
}
