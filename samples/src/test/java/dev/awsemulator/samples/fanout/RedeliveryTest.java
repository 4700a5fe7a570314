package dev.awsemulator.samples.fanout;

import dev.awsemulator.junit.AwsEmulatorExtension;
import dev.awsemulator.junit.VirtualClock;
import dev.awsemulator.server.faults.Fault;
import dev.awsemulator.server.faults.FaultRule;
import dev.awsemulator.server.requests.HandledRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sqs.SqsClient;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fanout's consumers are idempotent: when SQS delivers an order again because its delete failed, the
 * worker sees it twice and fulfils it once. The failed deletes are injected with a fault rule.
 */
class RedeliveryTest {

    @RegisterExtension
    static final AwsEmulatorExtension aws = AwsEmulatorExtension.builder().virtualTime().build();

    @Test
    void anOrderRedeliveredAfterItsDeleteFailedIsFulfilledOnce(SnsClient sns, SqsClient sqs, VirtualClock clock) {
        OrderTopology.Standard topology = new OrderTopology(sns, sqs).create();
        OrderService service = new OrderService(sns, topology.topicArn());
        service.place(Order.of("o-1", "c-1", 10, "DE"));
        service.place(Order.of("o-2", "c-2", 20, "US"));
        // Every delete on the fulfilment queue fails, the SDK's retries included, until the rule is removed.
        FaultRule failingDeletes = aws.faults().add(Fault.on("sqs", "DeleteMessage")
                .resource(OrderTopology.FULFILMENT).fail("ServiceUnavailable"));
        Fulfilment fulfilment = new Fulfilment();
        List<String> deliveries = new ArrayList<>();
        QueueWorker worker = new QueueWorker(sqs, topology.fulfilment(), 0, message -> {
            Order order = Order.fromDelivery(message.body());
            deliveries.add(order.orderId());
            fulfilment.fulfil(order);
        });

        assertThat(worker.pollOnce()).as("processed, but none deleted").isZero();
        assertThat(worker.failedDeletes()).isEqualTo(2);
        aws.faults().remove(failingDeletes.id());
        clock.advance(Duration.ofSeconds(OrderTopology.VISIBILITY_TIMEOUT_SECONDS));
        assertThat(worker.drain()).as("delivered again, and deleted this time").isEqualTo(2);

        assertThat(deliveries).containsExactlyInAnyOrder("o-1", "o-2", "o-1", "o-2");
        assertThat(fulfilment.fulfilled()).containsExactlyInAnyOrder("o-1", "o-2");
        assertThat(aws.inspect().queue(OrderTopology.FULFILMENT)).isEmpty();
        assertThat(aws.inspect().requests()).filteredOn(request -> failingDeletes.id().equals(request.faultRule()))
                .extracting(HandledRequest::operation, HandledRequest::status, HandledRequest::errorCode)
                .hasSize(failingDeletes.hits()).allSatisfy(call -> assertThat(call.toList())
                        .containsExactly("DeleteMessage", 503, "ServiceUnavailable"));
        assertThat(failingDeletes.hits()).as("two deletes, each tried again by the SDK").isGreaterThan(2);
    }
}
