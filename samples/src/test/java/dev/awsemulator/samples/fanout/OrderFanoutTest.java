package dev.awsemulator.samples.fanout;

import dev.awsemulator.junit.AwsEmulatorExtension;
import dev.awsemulator.junit.VirtualClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sqs.SqsClient;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

/** The order fanout on virtual time: filters, raw delivery, long polls, the dead-letter queue and its redrive. */
class OrderFanoutTest {

    // Relaxed: each test re-creates the queues its previous test had, which AWS's 60 s rule would refuse.
    @RegisterExtension
    static final AwsEmulatorExtension aws = AwsEmulatorExtension.builder().virtualTime().relaxed().build();

    private static final List<Order> ORDERS = List.of(
            Order.of("o-1", "c-1", 50, "DE"),
            Order.of("o-2", "c-2", 1500, "US"),
            Order.of("o-3", "c-3", 1000, "US", "FR"),
            Order.of("o-4", "c-1", 999, "US"),
            Order.of("o-5", "c-2", 2500, "IT"));

    @Test
    void everyOrderReachesExactlyTheQueuesItsFiltersAllow(SnsClient sns, SqsClient sqs) {
        OrderTopology.Standard topology = new OrderTopology(sns, sqs).create();
        assertThat(new OrderTopology(sns, sqs).create()).as("idempotent").isEqualTo(topology);
        OrderService service = new OrderService(sns, topology.topicArn());
        ORDERS.forEach(service::place);

        List<String> analyticsBodies = new ArrayList<>();
        Map<String, List<String>> received = new LinkedHashMap<>();
        Map.of(OrderTopology.FULFILMENT, topology.fulfilment(), OrderTopology.FRAUD_REVIEW, topology.fraudReview(),
                OrderTopology.EU_SHIPPING, topology.euShipping(), OrderTopology.ANALYTICS, topology.analytics())
                .forEach((name, url) -> {
                    List<String> ids = new ArrayList<>();
                    new QueueWorker(sqs, url, 0, message -> {
                        ids.add(Order.fromDelivery(message.body()).orderId());
                        if (url.equals(topology.analytics())) {
                            analyticsBodies.add(message.body());
                        }
                    }).drain();
                    received.put(name, ids);
                });

        assertThat(received.get(OrderTopology.FULFILMENT)).containsExactlyInAnyOrder("o-1", "o-2", "o-3", "o-4", "o-5");
        assertThat(received.get(OrderTopology.FRAUD_REVIEW)).as("amount >= 1000").containsExactlyInAnyOrder("o-2", "o-3", "o-5");
        assertThat(received.get(OrderTopology.EU_SHIPPING)).as("a shipment to the EU").containsExactlyInAnyOrder("o-1", "o-3", "o-5");
        assertThat(analyticsBodies).as("raw delivery: the published JSON, no envelope")
                .containsExactlyInAnyOrderElementsOf(ORDERS.stream().map(Order::toJson).toList());
    }

    @Test
    void aLongPollingWorkerGetsAnOrderPlacedWhileItWaits(SnsClient sns, SqsClient sqs) throws Exception {
        OrderTopology.Standard topology = new OrderTopology(sns, sqs).create();
        List<Order> processed = new ArrayList<>();
        QueueWorker worker = new QueueWorker(sqs, topology.fulfilment(), 20,
                message -> processed.add(Order.fromDelivery(message.body())));

        CompletableFuture<Integer> poll = CompletableFuture.supplyAsync(worker::pollOnce);
        while (aws.inspect().waitingReceives(OrderTopology.FULFILMENT) == 0) {
            Thread.onSpinWait(); // the receive is on its way to the emulator
        }
        new OrderService(sns, topology.topicArn()).place(ORDERS.get(0));

        // The clock never moved: the waiting receive returned as soon as the order arrived.
        assertThat(poll.get(10, TimeUnit.SECONDS)).isEqualTo(1);
        assertThat(processed).containsExactly(ORDERS.get(0));
    }

    @Test
    void aPoisonOrderLandsInTheDeadLetterQueueAndIsRedrivenOnceFixed(SnsClient sns, SqsClient sqs, VirtualClock clock) {
        OrderTopology.Standard topology = new OrderTopology(sns, sqs).create();
        OrderService service = new OrderService(sns, topology.topicArn());
        service.place(Order.of("o-ok", "c-1", 10, "DE"));
        service.place(Order.of("o-poison", "c-2", 20, "FR"));
        AtomicBoolean bugFixed = new AtomicBoolean();
        List<String> processed = new ArrayList<>();
        QueueWorker worker = new QueueWorker(sqs, topology.fulfilment(), 0, message -> {
            String orderId = Order.fromDelivery(message.body()).orderId();
            if (orderId.equals("o-poison") && !bugFixed.get()) {
                throw new IllegalStateException("cannot fulfil " + orderId);
            }
            processed.add(orderId);
        });

        for (int attempt = 1; attempt <= OrderTopology.MAX_RECEIVE_COUNT; attempt++) {
            worker.pollOnce();
            clock.advance(Duration.ofSeconds(OrderTopology.VISIBILITY_TIMEOUT_SECONDS)); // the failed one is visible again
        }
        // The next receive finds the receive count spent: SQS moves the message instead of returning it.
        assertThat(worker.pollOnce()).isZero();
        assertThat(processed).containsExactly("o-ok");
        assertThat(worker.failures()).isEqualTo(OrderTopology.MAX_RECEIVE_COUNT);
        assertThat(aws.inspect().queue(OrderTopology.FULFILMENT_DLQ)).hasSize(1);

        bugFixed.set(true);
        DeadLetterRedrive redrive = new DeadLetterRedrive(sqs, topology.fulfilmentDlq());
        redrive.start();
        for (int second = 0; second < 60 && !redrive.finished(); second++) {
            clock.advance(Duration.ofSeconds(1)); // a move task moves messages at its rate, on the clock
        }

        assertThat(redrive.finished()).isTrue();
        assertThat(worker.drain()).isEqualTo(1);
        assertThat(processed).containsExactly("o-ok", "o-poison");
        assertThat(aws.inspect().queue(OrderTopology.FULFILMENT_DLQ)).isEmpty();
    }
}
