package dev.awsemulator.junit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.sqs.SqsAsyncClient;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;
import software.amazon.awssdk.services.sqs.model.ReceiveMessageResponse;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Virtual time drives every SQS timer: no test here sleeps. */
class VirtualTimeTest {

    // virtual-time {
    @RegisterExtension
    static final AwsEmulatorExtension aws = AwsEmulatorExtension.builder()
            .virtualTime()
            .queue("jobs", Map.of("VisibilityTimeout", "30"))
            .queue("delayed", Map.of("DelaySeconds", "60"))
            .fifoQueue("payments.fifo", false)
            .build();

    @Test
    void visibilityTimeoutEndsWhenTheClockPassesIt(SqsClient sqs) {
        String jobs = aws.queueUrl("jobs");
        sqs.sendMessage(b -> b.queueUrl(jobs).messageBody("job"));
        assertThat(receive(sqs, jobs)).hasSize(1);

        aws.clock().advance(Duration.ofSeconds(29));
        assertThat(receive(sqs, jobs)).isEmpty();

        aws.clock().advance(Duration.ofSeconds(1));
        assertThat(receive(sqs, jobs)).singleElement().satisfies(message -> assertThat(message.attributes())
                .containsEntry(MessageSystemAttributeName.APPROXIMATE_RECEIVE_COUNT, "2"));
    }
    // }

    @Test
    void aDelayQueueHoldsMessagesBackUntilTheDelayPasses(SqsClient sqs, VirtualClock clock) {
        String delayed = aws.queueUrl("delayed");
        sqs.sendMessage(b -> b.queueUrl(delayed).messageBody("later"));

        clock.advance(Duration.ofSeconds(59));
        assertThat(receive(sqs, delayed)).isEmpty();
        assertThat(aws.inspect().queue("delayed")).singleElement()
                .satisfies(message -> assertThat(message.state()).hasToString("DELAYED"));

        clock.advance(Duration.ofSeconds(1));
        assertThat(receive(sqs, delayed)).extracting(Message::body).containsExactly("later");
    }

    @Test
    void fifoDeduplicationWindowLastsFiveMinutes(SqsClient sqs, VirtualClock clock) {
        String payments = aws.queueUrl("payments.fifo");
        String first = sendPayment(sqs, payments);

        clock.advance(Duration.ofMinutes(5).minusSeconds(1));
        assertThat(sendPayment(sqs, payments)).as("deduplicated within the window").isEqualTo(first);

        clock.advance(Duration.ofSeconds(1));
        assertThat(sendPayment(sqs, payments)).as("a new message after the window").isNotEqualTo(first);
        assertThat(aws.inspect().queue("payments.fifo")).hasSize(2);
    }

    // long-poll {
    @Test
    void aLongPollEndsWhenVirtualTimePassesItsWait(SqsAsyncClient sqsAsync) throws Exception {
        CompletableFuture<ReceiveMessageResponse> poll = sqsAsync.receiveMessage(b -> b
                .queueUrl(aws.queueUrl("jobs")).waitTimeSeconds(20));
        while (aws.inspect().waitingReceives("jobs") == 0) {
            Thread.onSpinWait(); // the request is on its way to the emulator
        }

        aws.clock().advance(Duration.ofSeconds(20));

        assertThat(poll.get(10, TimeUnit.SECONDS).messages()).isEmpty();
    }
    // }

    @Test
    void aSynchronousLongPollNobodyAdvancesFailsSayingWhatToDo(SqsClient sqs, SqsAsyncClient sqsAsync) throws Exception {
        Instant before = aws.clock().now();
        CompletableFuture<ReceiveMessageResponse> asyncPoll = sqsAsync.receiveMessage(b -> b
                .queueUrl(aws.queueUrl("delayed")).waitTimeSeconds(20));

        assertThatThrownBy(() -> sqs.receiveMessage(b -> b.queueUrl(aws.queueUrl("jobs")).waitTimeSeconds(20)))
                .isInstanceOf(StalledWaitException.class)
                .hasMessageStartingWith("ReceiveMessage waited 2 s of real time on virtual time that nobody advanced")
                .hasMessageContaining("aws.inspect().waitingReceives(queueName) > 0, then aws.clock().advance(...)");
        assertThat(asyncPoll.get(10, TimeUnit.SECONDS).messages()).as("other waits end too, empty").isEmpty();
        assertThat(aws.clock().now()).isEqualTo(before);
    }

    @Test
    void aSynchronousLongPollEndsNormallyWhenAnotherThreadAdvances(SqsClient sqs) throws Exception {
        CompletableFuture<Void> advancer = CompletableFuture.runAsync(() -> {
            while (aws.inspect().waitingReceives("jobs") == 0) {
                Thread.onSpinWait(); // the receive is on its way to the emulator
            }
            aws.clock().advance(Duration.ofSeconds(20));
        });

        assertThat(sqs.receiveMessage(b -> b.queueUrl(aws.queueUrl("jobs")).waitTimeSeconds(20)).messages()).isEmpty();
        advancer.get(10, TimeUnit.SECONDS);
    }

    private static String sendPayment(SqsClient sqs, String queueUrl) {
        return sqs.sendMessage(b -> b.queueUrl(queueUrl).messageBody("pay 10")
                .messageGroupId("customer-1").messageDeduplicationId("payment-1")).messageId();
    }

    private static List<Message> receive(SqsClient sqs, String queueUrl) {
        return sqs.receiveMessage(b -> b.queueUrl(queueUrl).maxNumberOfMessages(10)
                .messageSystemAttributeNames(MessageSystemAttributeName.ALL)).messages();
    }
}
