package dev.awsemulator.server.sqs;

import dev.awsemulator.core.sqs.PeekedMessage;
import dev.awsemulator.server.faults.Fault;
import dev.awsemulator.server.faults.FaultRule;
import dev.awsemulator.server.requests.HandledRequest;
import dev.awsemulator.server.testsupport.EmulatorServerExtension;
import dev.awsemulator.server.testsupport.SqsCallFailed;
import dev.awsemulator.server.testsupport.SqsDriver.BatchFailure;
import dev.awsemulator.server.testsupport.SqsDriver.BatchOutcome;
import dev.awsemulator.server.testsupport.SqsDriver.HandleEntry;
import dev.awsemulator.server.testsupport.SqsDriver.Received;
import dev.awsemulator.server.testsupport.SqsDriver.Send;
import dev.awsemulator.server.testsupport.SqsDriver.Sent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import static dev.awsemulator.server.testsupport.SqsFault.INVALID_SECURITY;
import static dev.awsemulator.server.testsupport.SqsFault.KMS_THROTTLED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Fault rules over each SQS wire protocol: an injected error reaches the SDK with the code and status of
 * SQS's model and changes nothing; the SDK's own retries outlast a short throttle; chosen batch entries fail
 * as SQS reports failed entries while the others run; a delay waits for the virtual clock; a dropped call
 * never ran and a call cut off mid-body did, both retried by the SDK.
 */
abstract class FaultBehaviour extends SqsBehaviour {

    private String orders;
    private String audit;

    @BeforeEach
    void createQueues() {
        orders = sqs.createQueue("orders");
        audit = sqs.createQueue("audit");
    }

    @Test
    void anInjectedErrorReachesTheSdkWithTheModelsCodeAndStatusAndChangesNothing() {
        FaultRule rule = aws.faults().add(Fault.on("sqs", "SendMessage").resource("orders").fail("KmsThrottled"));

        rejects(KMS_THROTTLED, "KmsThrottled injected by fault rule " + rule.id() + ".",
                () -> sqs.sendMessage(orders, Send.body("o-1")));
        aws.faults().remove(rule.id());
        aws.faults().add(Fault.on("sqs", "SendMessage").fail("InvalidSecurity", "Not over plain HTTP"));
        rejects(INVALID_SECURITY, "Not over plain HTTP", () -> sqs.sendMessage(orders, Send.body("o-2")));

        assertThat(peek("orders")).isEmpty();
        assertThat(rule.hits()).isEqualTo(1);
        assertThat(calls("SendMessage")).extracting(HandledRequest::status, HandledRequest::errorCode)
                .containsExactly(tuple(400, "KmsThrottled"),
                        tuple(403, "InvalidSecurity"));
        assertThat(calls("SendMessage").get(0).faultRule()).isEqualTo(rule.id());
    }

    @Test
    void aRuleAimedAtOneQueueLeavesTheOthersAlone() {
        FaultRule rule = aws.faults().add(Fault.on("sqs", "SendMessage").resource(orders).fail("KmsThrottled"));

        sqs.sendMessage(audit, Send.body("a-1"));
        assertThat(catchFailure(() -> sqs.sendMessage(orders, Send.body("o-1"))).errorCode())
                .isEqualTo(KMS_THROTTLED.code());

        assertThat(peek("audit")).extracting(PeekedMessage::body).containsExactly("a-1");
        assertThat(calls("SendMessage")).extracting(HandledRequest::faultRule).containsExactly(null, rule.id());
    }

    @Test
    void theSdksOwnRetriesOutlastAThrottleOfTwoCalls() {
        FaultRule rule = aws.faults().add(Fault.on("sqs", "SendMessage").times(2).fail("RequestThrottled"));

        Sent sent = sqs.sendMessage(orders, Send.body("o-1"));

        assertThat(peek("orders")).extracting(PeekedMessage::messageId).containsExactly(sent.messageId());
        assertThat(calls("SendMessage")).extracting(HandledRequest::status, HandledRequest::errorCode,
                HandledRequest::faultRule).containsExactly(
                tuple(403, "RequestThrottled", rule.id()),
                tuple(403, "RequestThrottled", rule.id()),
                tuple(200, null, null));
        assertThat(rule.remaining()).hasValue(0);
    }

    @Test
    void entriesChosenByIdFailAsSqsReportsThemWhileTheOthersAreSent() {
        FaultRule rule = aws.faults().add(Fault.on("sqs", "SendMessageBatch").failEntries("InternalError", "a", "c"));

        BatchOutcome<Sent> outcome = sqs.sendMessageBatch(orders, List.of(Send.body("A").withId("a"),
                Send.body("B").withId("b"), Send.body("C").withId("c")));

        assertThat(outcome.successful()).extracting(Sent::id).containsExactly("b");
        String message = "InternalError injected by fault rule " + rule.id() + ".";
        assertThat(outcome.failed()).containsExactlyInAnyOrder(new BatchFailure("a", "InternalError", false, message),
                new BatchFailure("c", "InternalError", false, message));
        assertThat(peek("orders")).extracting(PeekedMessage::body).containsExactly("B");
        assertThat(calls("SendMessageBatch")).singleElement().satisfies(call -> {
            assertThat(call.status()).isEqualTo(200);
            assertThat(call.faultRule()).isEqualTo(rule.id());
        });
    }

    @Test
    void aBatchWhoseEveryEntryFailsSendsNothing() {
        aws.faults().add(Fault.on("sqs", "SendMessageBatch").failEntries("KmsThrottled", "a", "b"));

        BatchOutcome<Sent> outcome = sqs.sendMessageBatch(orders, List.of(Send.body("A").withId("a"),
                Send.body("B").withId("b")));

        assertThat(outcome.successful()).isEmpty();
        assertThat(outcome.failed()).extracting(BatchFailure::id, BatchFailure::code, BatchFailure::senderFault)
                .containsExactlyInAnyOrder(tuple("a", "KMS.ThrottlingException", true),
                        tuple("b", "KMS.ThrottlingException", true));
        assertThat(peek("orders")).isEmpty();
    }

    @Test
    void aDeleteThatFailsForOneEntryLeavesThatMessageInFlight() {
        sqs.sendMessage(orders, Send.body("first"));
        sqs.sendMessage(orders, Send.body("second"));
        List<Received> received = receive(orders);
        aws.faults().add(Fault.on("sqs", "DeleteMessageBatch").resource("orders")
                .failEntries("ReceiptHandleIsInvalid", "one"));

        BatchOutcome<String> outcome = sqs.deleteMessageBatch(orders, List.of(
                HandleEntry.of("one", received.get(0).receiptHandle()),
                HandleEntry.of("two", received.get(1).receiptHandle())));

        assertThat(outcome.successful()).containsExactly("two");
        assertThat(outcome.failed()).extracting(BatchFailure::id, BatchFailure::code, BatchFailure::senderFault)
                .containsExactly(tuple("one", "ReceiptHandleIsInvalid", true));
        assertThat(peek("orders")).singleElement().satisfies(message -> {
            assertThat(message.body()).isEqualTo(received.get(0).body());
            assertThat(message.state()).isEqualTo(PeekedMessage.State.IN_FLIGHT);
        });
    }

    @Test
    void aVisibilityChangeChosenByPositionFailsAndTheOtherIsMade() {
        sqs.sendMessage(orders, Send.body("first"));
        sqs.sendMessage(orders, Send.body("second"));
        List<Received> received = receive(orders);
        aws.faults().add(Fault.on("sqs", "ChangeMessageVisibilityBatch").failEntriesAt("InternalError", 0));

        BatchOutcome<String> outcome = sqs.changeMessageVisibilityBatch(orders, List.of(
                new HandleEntry("one", received.get(0).receiptHandle(), 0),
                new HandleEntry("two", received.get(1).receiptHandle(), 0)));

        assertThat(outcome.successful()).containsExactly("two");
        assertThat(outcome.failed()).extracting(BatchFailure::id).containsExactly("one");
        assertThat(receiveBodies(orders)).as("only the second became visible again")
                .containsExactly(received.get(1).body());
    }

    @Test
    void aDelayedCallRunsOnlyOnceTheVirtualClockPassesTheDelay() throws Exception {
        FaultRule rule = aws.faults().add(Fault.on("sqs", "SendMessage").delay(Duration.ofSeconds(5)));

        CompletableFuture<Sent> send = CompletableFuture.supplyAsync(() -> sqs.sendMessage(orders, Send.body("late")));
        awaitHits(rule, 1);
        advanceSeconds(4);
        assertThat(peek("orders")).as("not run 4 s into the delay").isEmpty();
        advanceSeconds(1);

        Sent sent = send.get(10, TimeUnit.SECONDS);
        assertThat(peek("orders")).extracting(PeekedMessage::messageId).containsExactly(sent.messageId());
        assertThat(calls("SendMessage")).singleElement().extracting(HandledRequest::faultRule).isEqualTo(rule.id());
    }

    @Test
    void aDelayInRealTimeEndsWithoutTheVirtualClockMoving() {
        FaultRule rule = aws.faults().add(Fault.on("sqs", "SendMessage").delayInRealTime(Duration.ofMillis(200)));

        Sent sent = sqs.sendMessage(orders, Send.body("late"));

        assertThat(peek("orders")).extracting(PeekedMessage::messageId).containsExactly(sent.messageId());
        assertThat(rule.hits()).isEqualTo(1);
    }

    @Test
    void aDroppedCallNeverRanAndTheSdkRetriesIt() {
        FaultRule rule = aws.faults().add(Fault.on("sqs", "SendMessage").times(1).dropConnection());

        Sent sent = sqs.sendMessage(orders, Send.body("o-1"));

        assertThat(peek("orders")).extracting(PeekedMessage::messageId).containsExactly(sent.messageId());
        assertThat(calls("SendMessage")).extracting(HandledRequest::status, HandledRequest::faultRule)
                .containsExactly(tuple(0, rule.id()),
                        tuple(200, null));
    }

    @Test
    void aCallCutOffMidBodyRanSoTheSdksRetrySendsItAgain() {
        FaultRule rule = aws.faults().add(Fault.on("sqs", "SendMessage").times(1).resetMidBody());

        Sent sent = sqs.sendMessage(orders, Send.body("o-1"));

        assertThat(peek("orders")).as("the cut-off call took effect; its retry is a second message")
                .extracting(PeekedMessage::body).containsExactly("o-1", "o-1");
        assertThat(peek("orders").get(1).messageId()).isEqualTo(sent.messageId());
        assertThat(calls("SendMessage")).extracting(HandledRequest::status, HandledRequest::faultRule)
                .containsExactly(tuple(200, rule.id()),
                        tuple(200, null));
    }

    @Test
    void aSeededFractionFailsTheSameCallsOnEveryRun() {
        List<Integer> firstRun = failingSends();
        aws.faults().clear();
        List<Integer> secondRun = failingSends();

        assertThat(firstRun).isEqualTo(secondRun).isNotEmpty().hasSizeLessThan(20);
    }

    /** Which of 20 sends a rule failing about a third of them, seeded with 7, fails. */
    private List<Integer> failingSends() {
        aws.faults().add(Fault.on("sqs", "SendMessage").fraction(0.3, 7).fail("KmsThrottled"));
        List<Integer> failed = new ArrayList<>();
        IntStream.range(0, 20).forEach(i -> {
            try {
                sqs.sendMessage(orders, Send.body("m-" + i));
            } catch (SqsCallFailed e) {
                failed.add(i);
            }
        });
        return failed;
    }

    private static SqsCallFailed catchFailure(Runnable call) {
        try {
            call.run();
        } catch (SqsCallFailed e) {
            return e;
        }
        return fail("the call should have failed");
    }

    private static void awaitHits(FaultRule rule, int hits) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (rule.hits() < hits) {
            if (System.nanoTime() > deadline) {
                fail("the call never reached the emulator");
            }
            Thread.onSpinWait();
        }
    }

    private static List<PeekedMessage> peek(String queueName) {
        return aws.server().emulator().sqs().peek(EmulatorServerExtension.queueArn(queueName));
    }

    private static List<HandledRequest> calls(String operation) {
        return aws.requests().stream().filter(call -> call.operation().equals(operation)).toList();
    }
}
