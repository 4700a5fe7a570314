package dev.awsemulator.core.sqs;

import dev.awsemulator.core.common.Caller;
import dev.awsemulator.core.sqs.api.CreateQueueRequest;
import dev.awsemulator.core.sqs.api.GetQueueUrlRequest;
import dev.awsemulator.core.sqs.api.ListQueuesRequest;
import dev.awsemulator.core.testsupport.SqsFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.List;
import java.util.Map;

import static dev.awsemulator.core.testsupport.SqsFixture.CALLER;
import static dev.awsemulator.core.testsupport.SqsFixture.URL_PREFIX;
import static dev.awsemulator.core.testsupport.SqsFixture.assertAwsError;
import static org.assertj.core.api.Assertions.assertThat;

class CreateQueueTest {

    private static final String FIFO_NAME_RULE = "The name of a FIFO queue can only include alphanumeric characters, "
            + "hyphens, or underscores, must end with .fifo suffix and be 1 to 80 in length.";
    private static final String NAME_RULE =
            "Can only include alphanumeric characters, hyphens, or underscores. 1 to 80 in length";

    private final SqsFixture sqs = new SqsFixture();
    private List<String> expectedQueues = List.of();

    @AfterEach
    void onlyTheExpectedQueuesExist() {
        assertThat(sqs.sqs.listQueues(CALLER, new ListQueuesRequest(null, null, null)).queueUrls())
                .containsExactlyInAnyOrderElementsOf(expectedQueues);
    }

    @Test
    void createdQueueUrlPointsBackAtTheCallersEndpoint() {
        String url = sqs.createQueue("orders");

        assertThat(url).isEqualTo("http://localhost:4566/000000000000/orders");
        assertThat(sqs.sqs.getQueueUrl(CALLER, new GetQueueUrlRequest("orders", null)).queueUrl()).isEqualTo(url);
        expectedQueues = List.of(url);
    }

    @Test
    void createIsIdempotentWithTheSameAttributes() {
        String first = sqs.createQueue("orders", "VisibilityTimeout", "60");
        sqs.send(first, "kept");

        String second = sqs.createQueue("orders", "VisibilityTimeout", "60");

        assertThat(second).isEqualTo(first);
        assertThat(sqs.counts(first).visible()).isEqualTo(1);
        expectedQueues = List.of(first);
    }

    @Test
    void createWithADifferentAttributeValueIsQueueNameExists() {
        String url = sqs.createQueue("orders", "DelaySeconds", "5");

        assertAwsError(() -> sqs.createQueue("orders", "DelaySeconds", "10"), SqsError.QUEUE_NAME_EXISTS,
                "A queue already exists with the same name and a different value for attribute DelaySeconds");

        assertThat(sqs.attribute(url, "DelaySeconds")).isEqualTo("5");
        expectedQueues = List.of(url);
    }

    @Test
    void queueNameMustBeAlphanumericHyphenOrUnderscoreUpToEightyCharacters() {
        for (String invalid : List.of("with space", "dots.are.bad", "x".repeat(81), "ünïcode")) {
            assertAwsError(() -> sqs.createQueue(invalid), SqsError.INVALID_PARAMETER_VALUE, NAME_RULE);
        }
        expectedQueues = List.of(sqs.createQueue("A-valid_name-" + "x".repeat(67)));
    }

    @Test
    void fifoQueueNameMustEndWithFifo() {
        assertAwsError(() -> sqs.createFifoQueue("no-suffix"), SqsError.INVALID_PARAMETER_VALUE, FIFO_NAME_RULE);
    }

    @Test
    void fifoSuffixWithoutFifoQueueAttributeIsRejected() {
        assertAwsError(() -> sqs.createQueue("looks-fifo.fifo"), SqsError.INVALID_PARAMETER_VALUE, FIFO_NAME_RULE);
    }

    @Test
    void fifoSuffixCountsTowardsTheEightyCharacterLimit() {
        assertAwsError(() -> sqs.createFifoQueue("x".repeat(76) + ".fifo"), SqsError.INVALID_PARAMETER_VALUE,
                FIFO_NAME_RULE);
        expectedQueues = List.of(sqs.createFifoQueue("x".repeat(75) + ".fifo"));
    }

    @Test
    void fifoQueueAttributeOnAStandardCreateIsUnknown() {
        assertAwsError(() -> sqs.createQueue("plain", "FifoQueue", "false"), SqsError.INVALID_ATTRIBUTE_NAME,
                "Unknown Attribute FifoQueue.");
    }

    @Test
    void invalidAttributeOnCreateCreatesNothing() {
        assertAwsError(() -> sqs.createQueue("orders", "MessageRetentionPeriod", "10"),
                SqsError.INVALID_ATTRIBUTE_VALUE, "Invalid value for the parameter MessageRetentionPeriod.");
        assertAwsError(() -> sqs.sqs.getQueueUrl(CALLER, new GetQueueUrlRequest("orders", null)),
                SqsError.QUEUE_DOES_NOT_EXIST, "The specified queue does not exist.");
    }

    @Test
    void queueNameIsRequired() {
        assertAwsError(() -> sqs.sqs.createQueue(CALLER, new CreateQueueRequest(null, Map.of(), null)),
                SqsError.MISSING_PARAMETER, "The request must contain the parameter QueueName.");
    }

    @Test
    void queuesAreSeparatedByAccount() {
        Caller otherAccount = new Caller("111111111111", "us-east-1", URI.create("http://localhost:4566"));
        String mine = sqs.createQueue("shared-name");

        String theirs = sqs.sqs.createQueue(otherAccount, new CreateQueueRequest("shared-name", Map.of(), null))
                .queueUrl();
        sqs.send(mine, "mine");

        assertThat(theirs).isEqualTo("http://localhost:4566/111111111111/shared-name");
        assertThat(sqs.counts(theirs).visible()).isZero();
        expectedQueues = List.of(URL_PREFIX + "shared-name");
    }
}
