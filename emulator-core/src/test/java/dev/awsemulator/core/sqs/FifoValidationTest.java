package dev.awsemulator.core.sqs;

import dev.awsemulator.core.sqs.api.SendMessageBatchRequest;
import dev.awsemulator.core.sqs.api.SendMessageBatchRequestEntry;
import dev.awsemulator.core.sqs.api.SendMessageRequest;
import dev.awsemulator.core.testsupport.SqsFixture;
import dev.awsemulator.core.testsupport.SqsFixture.Counts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.awsemulator.core.testsupport.SqsFixture.CALLER;
import static dev.awsemulator.core.testsupport.SqsFixture.assertAwsError;
import static org.assertj.core.api.Assertions.assertThat;

/** Every test here is a rejected send: afterwards the queues must still be empty. */
class FifoValidationTest {

    private final SqsFixture sqs = new SqsFixture();
    private final String fifo = sqs.createFifoQueue("strict.fifo");
    private final String standard = sqs.createQueue("standard");

    @AfterEach
    void nothingWasEnqueued() {
        assertThat(sqs.counts(fifo)).isEqualTo(new Counts(0, 0, 0));
        assertThat(sqs.counts(standard)).isEqualTo(new Counts(0, 0, 0));
    }

    @Test
    void sendWithoutMessageGroupIdIsMissingParameter() {
        assertAwsError(() -> sqs.sendFifo(fifo, "orphan", null, "d"), SqsError.MISSING_PARAMETER,
                "The request must contain the parameter MessageGroupId.");
    }

    @Test
    void batchWithAnEntryWithoutMessageGroupIdIsRefusedAsInvalidParameterValue() {
        assertAwsError(() -> sqs.sqs.sendMessageBatch(CALLER, new SendMessageBatchRequest(fifo, List.of(
                new SendMessageBatchRequestEntry("e0", "grouped", null, null, null, "d0", "g"),
                new SendMessageBatchRequestEntry("e1", "orphan", null, null, null, "d", null)))),
                SqsError.INVALID_PARAMETER_VALUE, "The request must contain the parameter MessageGroupId.");
    }

    @Test
    void sendWithoutDeduplicationIdNeedsContentBasedDeduplication() {
        assertAwsError(() -> sqs.sendFifo(fifo, "no id", "g", null), SqsError.INVALID_PARAMETER_VALUE,
                "The queue should either have ContentBasedDeduplication enabled or MessageDeduplicationId "
                        + "provided explicitly");
    }

    @Test
    void perMessageDelayIsNotValidOnFifoQueues() {
        assertAwsError(() -> sqs.send(new SendMessageRequest(fifo, "delayed", 2, null, null, "d", "g")),
                SqsError.INVALID_PARAMETER_VALUE, "Value 2 for parameter DelaySeconds is invalid. "
                        + "Reason: The request include parameter that is not valid for this queue type.");
    }

    @Test
    void groupIdWithCharactersOutsidePrintableAsciiIsRejected() {
        assertAwsError(() -> sqs.sendFifo(fifo, "body", "grüppe", "d"), SqsError.INVALID_PARAMETER_VALUE);
        assertAwsError(() -> sqs.sendFifo(fifo, "body", "with space", "d"), SqsError.INVALID_PARAMETER_VALUE);
        assertAwsError(() -> sqs.sendFifo(fifo, "body", "g".repeat(129), "d"), SqsError.INVALID_PARAMETER_VALUE);
    }

    @Test
    void deduplicationIdIsNotValidOnStandardQueues() {
        assertAwsError(() -> sqs.send(new SendMessageRequest(standard, "body", null, null, null, "d", null)),
                SqsError.INVALID_PARAMETER_VALUE);
    }
}
