package dev.awsemulator.server.sqs;

import dev.awsemulator.server.testsupport.SqsDriver.Attribute;
import dev.awsemulator.server.testsupport.SqsDriver.BatchFailure;
import dev.awsemulator.server.testsupport.SqsDriver.BatchOutcome;
import dev.awsemulator.server.testsupport.SqsDriver.HandleEntry;
import dev.awsemulator.server.testsupport.SqsDriver.Receive;
import dev.awsemulator.server.testsupport.SqsDriver.Received;
import dev.awsemulator.server.testsupport.SqsDriver.Send;
import dev.awsemulator.server.testsupport.SqsDriver.Sent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import static dev.awsemulator.server.testsupport.SqsFault.INVALID_PARAMETER_VALUE;
import static dev.awsemulator.server.testsupport.SqsFault.PURGE_QUEUE_IN_PROGRESS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Sending and receiving on a standard queue: MD5s, message and system attributes, visibility,
 * delays, retention, purge, batches and long polling, all on virtual time.
 */
abstract class MessageBehaviour extends SqsBehaviour {

    /** The worked example of PROTOCOL.md §3: names sorted Count, attr1, bin. */
    private static final Map<String, Attribute> THREE_ATTRIBUTES = Map.of(
            "attr1", Attribute.string("value1"),
            "Count", Attribute.number("42"),
            "bin", Attribute.binary((byte) 1, (byte) 2, (byte) 3));

    private String queue;

    @BeforeEach
    void createQueue() {
        queue = sqs.createQueue("messages");
    }

    @Test
    void sentMessageIsReceivedWithItsBodyAndTheBodyMd5() {
        Sent sent = sqs.sendMessage(queue, Send.body("hello world"));

        assertThat(sent.md5OfMessageBody()).isEqualTo("5eb63bbbe01eeed093cb22bb8f5acdc3");
        assertThat(sent.md5OfMessageAttributes()).isNull();
        assertThat(receive(queue)).singleElement().satisfies(message -> {
            assertThat(message.messageId()).isEqualTo(sent.messageId());
            assertThat(message.body()).isEqualTo("hello world");
            assertThat(message.md5OfBody()).isEqualTo("5eb63bbbe01eeed093cb22bb8f5acdc3");
            assertThat(message.receiptHandle()).isNotBlank();
        });
    }

    @Test
    void bodyWithMarkupQuotesLineBreaksAndAstralCharactersSurvivesTheWire() {
        String body = "<order id=\"7\">&amp; 'x'</order>\r\n\ttab \u00e9\u4e2d \ud83d\ude00 \ue000 end\r";

        sqs.sendMessage(queue, Send.body(body));

        assertThat(receiveBodies(queue)).containsExactly(body);
    }

    @Test
    void maximumMessageSizeCountsUtf8Bytes() {
        sqs.setQueueAttributes(queue, Map.of("MaximumMessageSize", "1024"));
        String twoBytesEach = "\u00e9".repeat(512);

        sqs.sendMessage(queue, Send.body(twoBytesEach));

        assertThat(receiveBodies(queue)).containsExactly(twoBytesEach);
        rejects(INVALID_PARAMETER_VALUE, "One or more parameters are invalid. Reason: Message must be shorter than "
                + "1024 bytes.", () -> sqs.sendMessage(queue, Send.body(twoBytesEach + "x")));
    }

    @Test
    void messageAttributesComeBackWithTheSdksMd5() {
        Sent sent = sqs.sendMessage(queue, Send.body("with attributes").withAttributes(THREE_ATTRIBUTES));

        assertThat(sent.md5OfMessageAttributes()).isEqualTo("33d88e8177dec640789389ea1f49a46c");
        Received received = sqs.receiveMessage(queue, Receive.upTo(1).withMessageAttributes("All")).get(0);
        assertThat(received.messageAttributes()).isEqualTo(THREE_ATTRIBUTES);
        assertThat(received.md5OfMessageAttributes()).isEqualTo("33d88e8177dec640789389ea1f49a46c");
    }

    @Test
    void customAttributeTypesKeepTheirSuffixAndValuesSurviveTheWire() {
        Map<String, Attribute> typed = Map.of(
                "amount", Attribute.number("-12.50").ofType("Number.float"),
                "kind", Attribute.string("<refund & \"return\">\r\n").ofType("String.enum"),
                "blob", Attribute.binary((byte) 0, (byte) -1).ofType("Binary.gz"));
        sqs.sendMessage(queue, Send.body("typed").withAttributes(typed));

        assertThat(sqs.receiveMessage(queue, Receive.upTo(1).withMessageAttributes("All")).get(0)
                .messageAttributes()).isEqualTo(typed);
    }

    @Test
    void receiveReturnsOnlyTheMessageAttributesAskedForByNameOrPrefix() {
        sqs.sendMessage(queue, Send.body("filtered").withAttribute("trace.id", Attribute.string("t1"))
                .withAttribute("trace.span", Attribute.string("s1")).withAttribute("tenant", Attribute.string("a")));

        Received byPrefix = sqs.receiveMessage(queue, Receive.upTo(1).hidingFor(0).withMessageAttributes("trace.*"))
                .get(0);
        Received byName = sqs.receiveMessage(queue, Receive.upTo(1).hidingFor(0).withMessageAttributes("tenant"))
                .get(0);
        Received none = receiveOne(queue);

        assertThat(byPrefix.messageAttributes()).containsOnlyKeys("trace.id", "trace.span");
        assertThat(byName.messageAttributes()).containsOnly(entry("tenant", Attribute.string("a")));
        assertThat(none.messageAttributes()).isEmpty();
        assertThat(none.md5OfMessageAttributes()).isNull();
    }

    @Test
    void aPrefixSelectsTheAttributesWhoseNamesStartWithItAndAnAsteriskSelectsAll() {
        sqs.sendMessage(queue, Send.body("prefixed").withAttribute("Help.Me", Attribute.string("Me"))
                .withAttribute("Hello", Attribute.string("There")).withAttribute("General", Attribute.string("Kenobi")));

        Received byPrefix = sqs.receiveMessage(queue, Receive.upTo(1).hidingFor(0).withMessageAttributes("Hel.*"))
                .get(0);
        Received all = sqs.receiveMessage(queue, Receive.upTo(1).hidingFor(0).withMessageAttributes("*")).get(0);

        assertThat(byPrefix.messageAttributes()).containsOnlyKeys("Hello", "Help.Me");
        assertThat(all.messageAttributes()).containsOnlyKeys("Hello", "Help.Me", "General");
    }

    @Test
    void systemAttributesDescribeSenderSendTimeAndReceives() {
        long sentAt = nowMillis();
        sqs.sendMessage(queue, Send.body("tracked").withTraceHeader("Root=1-5759e988-bd862e3fe1be46a994272793"));
        advanceSeconds(5);
        long firstReceivedAt = nowMillis();
        Receive withAll = Receive.upTo(1).hidingFor(10).withSystemAttributes("All");

        Received first = sqs.receiveMessage(queue, withAll).get(0);
        advanceSeconds(10);
        Received second = sqs.receiveMessage(queue, withAll).get(0);

        assertThat(first.attributes()).containsOnly(
                entry("SenderId", "000000000000"),
                entry("SentTimestamp", Long.toString(sentAt)),
                entry("ApproximateReceiveCount", "1"),
                entry("ApproximateFirstReceiveTimestamp", Long.toString(firstReceivedAt)),
                entry("AWSTraceHeader", "Root=1-5759e988-bd862e3fe1be46a994272793"));
        assertThat(second.attribute("ApproximateReceiveCount")).isEqualTo("2");
        assertThat(second.attribute("ApproximateFirstReceiveTimestamp")).isEqualTo(Long.toString(firstReceivedAt));
    }

    @Test
    void namedSystemAttributesAreTheOnlyOnesReturned() {
        sqs.sendMessage(queue, Send.body("one attribute"));

        Received received = sqs.receiveMessage(queue, Receive.upTo(1).withSystemAttributes("ApproximateReceiveCount"))
                .get(0);

        assertThat(received.attributes()).containsOnly(entry("ApproximateReceiveCount", "1"));
    }

    @Test
    void traceHeaderIsASystemAttributeWithItsOwnMd5() {
        Sent sent = sqs.sendMessage(queue, Send.body("traced").withTraceHeader("Root=1-abc"));

        assertThat(sent.md5OfMessageSystemAttributes()).matches("[0-9a-f]{32}");
        assertThat(sent.md5OfMessageAttributes()).isNull();
    }

    @Test
    void receivedMessageStaysHiddenForTheVisibilityTimeout() {
        sqs.sendMessage(queue, Send.body("hide me"));
        receiveOne(queue);

        assertThat(counts(queue)).isEqualTo("0/1/0");
        assertAppearsAfter(queue, 30, "hide me");
    }

    @Test
    void receiveCanChooseItsOwnVisibilityTimeout() {
        sqs.sendMessage(queue, Send.body("briefly"));
        sqs.receiveMessage(queue, Receive.upTo(1).hidingFor(5));

        assertAppearsAfter(queue, 5, "briefly");
    }

    @Test
    void changeMessageVisibilityRestartsTheTimeoutFromNow() {
        sqs.sendMessage(queue, Send.body("rescheduled"));
        String handle = receiveOne(queue).receiptHandle();
        advanceSeconds(20);

        sqs.changeMessageVisibility(queue, handle, 60);
        String again = assertAppearsAfter(queue, 60, "rescheduled").get(0).receiptHandle();

        sqs.changeMessageVisibility(queue, again, 0);
        assertThat(receiveBodies(queue)).containsExactly("rescheduled");
    }

    @Test
    void deletedMessageIsGoneAndDeletingItAgainSucceeds() {
        sqs.sendMessage(queue, Send.body("done"));
        String handle = receiveOne(queue).receiptHandle();

        sqs.deleteMessage(queue, handle);
        sqs.deleteMessage(queue, handle);
        advanceSeconds(30);

        assertThat(receive(queue)).isEmpty();
        assertThat(counts(queue)).isEqualTo("0/0/0");
    }

    @Test
    void onlyTheLatestReceiptHandleDeletesAMessage() {
        sqs.sendMessage(queue, Send.body("received twice"));
        String stale = sqs.receiveMessage(queue, Receive.upTo(1).hidingFor(0)).get(0).receiptHandle();
        String latest = receiveOne(queue).receiptHandle();

        sqs.deleteMessage(queue, stale);
        assertThat(counts(queue)).isEqualTo("0/1/0");

        sqs.deleteMessage(queue, latest);
        assertThat(counts(queue)).isEqualTo("0/0/0");
    }

    @Test
    void queueDelayHoldsNewMessagesBack() {
        sqs.setQueueAttributes(queue, Map.of("DelaySeconds", "10"));
        sqs.sendMessage(queue, Send.body("later"));

        assertThat(counts(queue)).isEqualTo("0/0/1");
        assertAppearsAfter(queue, 10, "later");
    }

    @Test
    void messageDelayOverridesTheQueueDelay() {
        sqs.setQueueAttributes(queue, Map.of("DelaySeconds", "60"));
        sqs.sendMessage(queue, Send.body("now").withDelay(0));
        sqs.sendMessage(queue, Send.body("soon").withDelay(5));

        assertThat(receiveBodies(queue)).containsExactly("now");
        assertAppearsAfter(queue, 5, "soon");
    }

    @Test
    void messagesExpireAfterTheRetentionPeriod() {
        sqs.setQueueAttributes(queue, Map.of("MessageRetentionPeriod", "60"));
        sqs.sendMessage(queue, Send.body("ephemeral"));
        advanceSeconds(59);
        assertThat(counts(queue)).isEqualTo("1/0/0");

        advanceSeconds(1);

        assertThat(counts(queue)).isEqualTo("0/0/0");
        assertThat(receive(queue)).isEmpty();
    }

    @Test
    void purgeDeletesEveryMessageAndIsAllowedOncePerMinute() {
        sqs.sendMessage(queue, Send.body("visible"));
        sqs.sendMessage(queue, Send.body("in flight"));
        receiveOne(queue);

        sqs.purgeQueue(queue);
        assertThat(counts(queue)).isEqualTo("0/0/0");

        sqs.sendMessage(queue, Send.body("after the purge"));
        rejects(PURGE_QUEUE_IN_PROGRESS, "Only one PurgeQueue operation on messages is allowed every 60 seconds.",
                () -> sqs.purgeQueue(queue));
        advanceSeconds(60);
        sqs.purgeQueue(queue);
        assertThat(counts(queue)).isEqualTo("0/0/0");
    }

    @Test
    void receiveReturnsAtMostMaxNumberOfMessages() {
        IntStream.range(0, 15).forEach(i -> sqs.sendMessage(queue, Send.body("m" + i)));

        List<Received> first = receive(queue);
        List<Received> rest = receive(queue);

        assertThat(first).hasSize(10);
        assertThat(rest).hasSize(5);
        assertThat(sqs.receiveMessage(queue, Receive.upTo(1))).isEmpty();
    }

    @Test
    void sendMessageBatchAnswersEachEntryAndFailsOnlyTheBadOnes() {
        BatchOutcome<Sent> outcome = sqs.sendMessageBatch(queue, List.of(
                Send.body("hello world").withId("plain"),
                Send.body("attributed").withId("attributed").withAttributes(THREE_ATTRIBUTES),
                Send.body("too late").withId("bad-delay").withDelay(901)));

        assertThat(outcome.successful()).extracting(Sent::id).containsExactlyInAnyOrder("plain", "attributed");
        assertThat(outcome.successful()).filteredOn(sent -> sent.id().equals("plain")).singleElement()
                .extracting(Sent::md5OfMessageBody).isEqualTo("5eb63bbbe01eeed093cb22bb8f5acdc3");
        assertThat(outcome.successful()).filteredOn(sent -> sent.id().equals("attributed")).singleElement()
                .extracting(Sent::md5OfMessageAttributes).isEqualTo("33d88e8177dec640789389ea1f49a46c");
        assertThat(outcome.failed()).containsExactly(new BatchFailure("bad-delay", "InvalidParameterValue", true,
                "Value 901 for parameter DelaySeconds is invalid. Reason: DelaySeconds must be >= 0 and <= 900."));
        assertThat(receiveBodies(queue)).containsExactlyInAnyOrder("hello world", "attributed");
    }

    @Test
    void deleteMessageBatchDeletesValidHandlesAndReportsInvalidOnes() {
        sqs.sendMessageBatch(queue, List.of(Send.body("a").withId("a"), Send.body("b").withId("b")));
        List<Received> received = receive(queue);

        BatchOutcome<String> outcome = sqs.deleteMessageBatch(queue, List.of(
                HandleEntry.of("first", received.get(0).receiptHandle()),
                HandleEntry.of("second", received.get(1).receiptHandle()),
                HandleEntry.of("bogus", "not-a-receipt-handle")));

        assertThat(outcome.successful()).containsExactlyInAnyOrder("first", "second");
        assertThat(outcome.failed()).singleElement().satisfies(failure -> {
            assertThat(failure.id()).isEqualTo("bogus");
            assertThat(failure.code()).isEqualTo("ReceiptHandleIsInvalid");
            assertThat(failure.senderFault()).isTrue();
        });
        assertThat(counts(queue)).isEqualTo("0/0/0");
    }

    @Test
    void changeMessageVisibilityBatchChangesEachEntry() {
        sqs.sendMessageBatch(queue, List.of(Send.body("soon").withId("s"), Send.body("later").withId("l")));
        Map<String, String> handles = new HashMap<>();
        receive(queue).forEach(message -> handles.put(message.body(), message.receiptHandle()));

        BatchOutcome<String> outcome = sqs.changeMessageVisibilityBatch(queue, List.of(
                new HandleEntry("soon", handles.get("soon"), 0),
                new HandleEntry("later", handles.get("later"), 120),
                new HandleEntry("bogus", "not-a-receipt-handle", 0)));

        assertThat(outcome.successful()).containsExactlyInAnyOrder("soon", "later");
        assertThat(outcome.failed()).extracting(BatchFailure::id, BatchFailure::code)
                .containsExactly(tuple("bogus", "ReceiptHandleIsInvalid"));
        assertThat(sqs.receiveMessage(queue, Receive.upTo(10).hidingFor(600))).extracting(Received::body)
                .containsExactly("soon");
        assertAppearsAfter(queue, 120, "later");
    }

    @Test
    void longPollReturnsAsSoonAsAMessageArrives() {
        CompletableFuture<List<Received>> poll = longPoll(queue, Receive.upTo(10).waitingUpTo(20));
        assertThat(poll).isNotDone();

        sqs.sendMessage(queue, Send.body("worth the wait"));

        assertThat(poll.join()).extracting(Received::body).containsExactly("worth the wait");
    }

    @Test
    void longPollEndsEmptyWhenItsWaitRunsOut() {
        CompletableFuture<List<Received>> poll = longPoll(queue, Receive.upTo(10).waitingUpTo(20));

        advanceSeconds(19);
        assertThat(poll).isNotDone();
        advanceSeconds(1);

        assertThat(poll.join()).isEmpty();
    }

    @Test
    void longPollWakesWhenAHiddenMessageBecomesVisibleAgain() {
        sqs.sendMessage(queue, Send.body("comes back"));
        sqs.receiveMessage(queue, Receive.upTo(1).hidingFor(10));

        CompletableFuture<List<Received>> poll = longPoll(queue, Receive.upTo(10).waitingUpTo(20));
        advanceSeconds(9);
        assertThat(poll).isNotDone();
        advanceSeconds(1);

        assertThat(poll.join()).extracting(Received::body).containsExactly("comes back");
    }

    @Test
    void queueWaitTimeMakesEveryReceiveALongPoll() {
        sqs.setQueueAttributes(queue, Map.of("ReceiveMessageWaitTimeSeconds", "20"));
        sqs.sendMessage(queue, Send.body("delayed").withDelay(15));

        CompletableFuture<List<Received>> poll = longPoll(queue, Receive.upTo(1).waitingUpTo(null));
        advanceSeconds(15);

        assertThat(poll.join()).extracting(Received::body).containsExactly("delayed");
    }
}
