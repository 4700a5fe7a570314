package dev.awsemulator.core.sqs;

import dev.awsemulator.core.sqs.api.ChangeMessageVisibilityBatchResult;
import dev.awsemulator.core.sqs.api.DeleteMessageBatchResult;
import dev.awsemulator.core.sqs.api.BatchResultEntry;
import dev.awsemulator.core.sqs.api.BatchResultErrorEntry;
import dev.awsemulator.core.sqs.api.ChangeMessageVisibilityBatchRequest;
import dev.awsemulator.core.sqs.api.ChangeMessageVisibilityBatchRequestEntry;
import dev.awsemulator.core.sqs.api.DeleteMessageBatchRequest;
import dev.awsemulator.core.sqs.api.DeleteMessageBatchRequestEntry;
import dev.awsemulator.core.sqs.api.Message;
import dev.awsemulator.core.sqs.api.SendMessageBatchRequest;
import dev.awsemulator.core.sqs.api.SendMessageBatchRequestEntry;
import dev.awsemulator.core.sqs.api.SendMessageBatchResult;
import dev.awsemulator.core.sqs.api.SendMessageBatchResultEntry;
import dev.awsemulator.core.testsupport.SqsFixture;
import dev.awsemulator.core.testsupport.SqsFixture.Counts;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.IntStream;

import static dev.awsemulator.core.testsupport.SqsFixture.CALLER;
import static dev.awsemulator.core.testsupport.SqsFixture.assertAwsError;
import static org.assertj.core.api.Assertions.assertThat;

class BatchOperationsTest {

    private final SqsFixture sqs = new SqsFixture();
    private final String queue = sqs.createQueue("batched");

    private static SendMessageBatchRequestEntry entry(String id, String body) {
        return new SendMessageBatchRequestEntry(id, body, null, null, null, null, null);
    }

    private SendMessageBatchResult sendBatch(List<SendMessageBatchRequestEntry> entries) {
        return sqs.sqs.sendMessageBatch(CALLER, new SendMessageBatchRequest(queue, entries));
    }

    private static List<SendMessageBatchRequestEntry> entries(int count) {
        return IntStream.range(0, count).mapToObj(i -> entry("e" + i, "body " + i)).toList();
    }

    private void assertNothingSent() {
        assertThat(sqs.counts(queue)).isEqualTo(new Counts(0, 0, 0));
    }

    @Test
    void sendBatchEnqueuesEveryEntryAndReportsDigestsPerId() {
        SendMessageBatchResult result = sendBatch(List.of(entry("a", "hello world"), entry("b", "second")));

        assertThat(result.failed()).isEmpty();
        assertThat(result.successful()).extracting(SendMessageBatchResultEntry::id).containsExactly("a", "b");
        assertThat(result.successful().get(0).md5OfMessageBody()).isEqualTo("5eb63bbbe01eeed093cb22bb8f5acdc3");
        assertThat(sqs.receiveBodies(queue)).containsExactlyInAnyOrder("hello world", "second");
    }

    @Test
    void emptyBatchIsRejected() {
        assertAwsError(() -> sendBatch(List.of()), SqsError.EMPTY_BATCH_REQUEST);
        assertAwsError(() -> sqs.sqs.deleteMessageBatch(CALLER, new DeleteMessageBatchRequest(queue, null)),
                SqsError.EMPTY_BATCH_REQUEST);
        assertAwsError(() -> sqs.sqs.changeMessageVisibilityBatch(CALLER,
                new ChangeMessageVisibilityBatchRequest(queue, List.of())), SqsError.EMPTY_BATCH_REQUEST);
    }

    @Test
    void moreThanTenEntriesAreRejectedAndNothingIsSent() {
        assertAwsError(() -> sendBatch(entries(11)), SqsError.TOO_MANY_ENTRIES_IN_BATCH_REQUEST,
                "Maximum number of entries per request are 10. You have sent 11.");
        assertNothingSent();
    }

    @Test
    void entryIdsMustBeShortAndAlphanumericWithHyphensOrUnderscores() {
        String reason = "A batch entry id can only contain alphanumeric characters, hyphens and underscores. "
                + "It can be at most 80 letters long.";
        for (String badId : List.of("has space", "dot.id", "x".repeat(81), "")) {
            assertAwsError(() -> sendBatch(List.of(entry("ok", "fine"), entry(badId, "body"))),
                    SqsError.INVALID_BATCH_ENTRY_ID, reason);
        }
        assertNothingSent();
    }

    @Test
    void duplicateEntryIdsAreRejectedAndNothingIsSent() {
        assertAwsError(() -> sendBatch(List.of(entry("same", "one"), entry("same", "two"))),
                SqsError.BATCH_ENTRY_IDS_NOT_DISTINCT);
        assertNothingSent();
    }

    @Test
    void batchLongerThanOneMebibyteInTotalIsRejected() {
        List<SendMessageBatchRequestEntry> entries = List.of(entry("a", "x".repeat(524_289)),
                entry("b", "y".repeat(524_288)));

        assertAwsError(() -> sendBatch(entries), SqsError.BATCH_REQUEST_TOO_LONG,
                "Batch requests cannot be longer than 1048576 bytes. You have sent 1048577 bytes.");
        assertNothingSent();
    }

    @Test
    void invalidEntryFailsAloneWhileTheOthersAreSent() {
        SendMessageBatchResult result = sendBatch(List.of(entry("good", "fine"), entry("empty", ""),
                entry("bad-chars", "nul\u0000")));

        assertThat(result.successful()).extracting(SendMessageBatchResultEntry::id).containsExactly("good");
        assertThat(result.failed()).containsExactly(
                new BatchResultErrorEntry("empty", true, "MissingParameter",
                        "The request must contain the parameter MessageBody."),
                new BatchResultErrorEntry("bad-chars", true, "InvalidMessageContents",
                        "Invalid characters found. Valid unicode characters are #x9 | #xA | #xD | #x20 to #xD7FF | "
                                + "#xE000 to #xFFFD | #x10000 to #x10FFFF"));
        assertThat(sqs.receiveBodies(queue)).containsExactly("fine");
    }

    @Test
    void entryLongerThanTheQueuesMaximumFailsAlone() {
        sqs.setAttributes(queue, "MaximumMessageSize", "1024");

        SendMessageBatchResult result = sendBatch(List.of(entry("fits", "a".repeat(1024)),
                entry("long", "a".repeat(1025))));

        assertThat(result.successful()).extracting(SendMessageBatchResultEntry::id).containsExactly("fits");
        assertThat(result.failed()).containsExactly(new BatchResultErrorEntry("long", true, "InvalidParameterValue",
                "One or more parameters cannot be validated. Reason: Message must be shorter than 1024 bytes."));
    }

    @Test
    void deleteBatchDeletesValidHandlesAndReportsInvalidOnes() {
        sqs.send(queue, "one");
        sqs.send(queue, "two");
        List<Message> received = sqs.receive(queue);

        DeleteMessageBatchResult result = sqs.sqs.deleteMessageBatch(CALLER, new DeleteMessageBatchRequest(queue, List.of(
                new DeleteMessageBatchRequestEntry("ok", received.get(0).receiptHandle()),
                new DeleteMessageBatchRequestEntry("bad", "bogus"))));

        assertThat(result.successful()).containsExactly(new BatchResultEntry("ok"));
        assertThat(result.failed()).singleElement().satisfies(failure -> {
            assertThat(failure.id()).isEqualTo("bad");
            assertThat(failure.code()).isEqualTo("ReceiptHandleIsInvalid");
            assertThat(failure.senderFault()).isTrue();
        });
        assertThat(sqs.counts(queue)).isEqualTo(new Counts(0, 1, 0));
    }

    @Test
    void changeVisibilityBatchAppliesPerEntry() {
        sqs.send(queue, "one");
        sqs.send(queue, "two");
        List<Message> received = sqs.receive(queue);

        ChangeMessageVisibilityBatchResult result = sqs.sqs.changeMessageVisibilityBatch(CALLER, new ChangeMessageVisibilityBatchRequest(
                queue, List.of(
                        new ChangeMessageVisibilityBatchRequestEntry("release", received.get(0).receiptHandle(), 0),
                        new ChangeMessageVisibilityBatchRequestEntry("too-long", received.get(1).receiptHandle(),
                                43_201))));

        assertThat(result.successful()).containsExactly(new BatchResultEntry("release"));
        assertThat(result.failed()).extracting(BatchResultErrorEntry::id, BatchResultErrorEntry::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("too-long", "InvalidParameterValue"));
        assertThat(sqs.counts(queue)).isEqualTo(new Counts(1, 1, 0));
    }
}
