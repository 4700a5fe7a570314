package dev.awsemulator.spring.orders;

import dev.awsemulator.server.faults.Fault;
import dev.awsemulator.server.faults.FaultRule;
import dev.awsemulator.server.requests.HandledRequest;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

/**
 * Spring Cloud AWS acknowledges a handled message with DeleteMessageBatch; when SQS reports the entry failed,
 * the message stays in flight and the {@code @SqsListener} gets it again after its visibility timeout, on
 * virtual time. The failed entry is injected with a fault rule.
 */
class FailedDeleteRedeliveryTest extends OrderApplicationTest {

    private static final Duration VISIBILITY_TIMEOUT = Duration.ofSeconds(30);

    @Test
    void anOrderWhoseAcknowledgementFailedIsDeliveredAgainAfterItsVisibilityTimeout() {
        FaultRule failedDelete = aws.faults().add(Fault.on("sqs", "DeleteMessageBatch").resource(OrderService.ORDERS)
                .times(1).failEntriesAt("InternalError", 0));

        orders.place(new Order("o-1", "ann", 25));
        await().atMost(Duration.ofSeconds(20)).until(() -> failedDelete.hits() == 1);
        assertThat(processed.orders()).extracting(Order::id).containsExactly("o-1");
        assertThat(aws.inspect().queue(OrderService.ORDERS)).as("still in flight").singleElement()
                .satisfies(message -> assertThat(message.receiveCount()).isEqualTo(1));

        aws.clock().advance(VISIBILITY_TIMEOUT);
        await().atMost(Duration.ofSeconds(20)).until(() -> aws.inspect().queue(OrderService.ORDERS).isEmpty());

        assertThat(processed.orders()).extracting(Order::id).containsExactly("o-1", "o-1");
        assertThat(aws.inspect().requests()).filteredOn(request -> request.operation().equals("DeleteMessageBatch"))
                .extracting(HandledRequest::status, HandledRequest::faultRule)
                .containsExactly(tuple(200, failedDelete.id()),
                        tuple(200, null));
    }
}
