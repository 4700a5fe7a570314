package dev.awsemulator.samples.fanout;

import dev.awsemulator.samples.LocalEndpoint;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sqs.SqsClient;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Runs the order fanout against a running emulator: creates the topology, places a few orders and
 * lets one worker per queue fulfil what reached it. The first argument is the endpoint (default
 * {@value LocalEndpoint#DEFAULT}).
 */
public final class OrderFanoutApp {

    private OrderFanoutApp() {
    }

    public static void main(String[] args) {
        LocalEndpoint endpoint = LocalEndpoint.fromArgs(args);
        try (SnsClient sns = endpoint.configure(SnsClient.builder()).httpClientBuilder(Apache5HttpClient.builder()).build();
             SqsClient sqs = endpoint.configure(SqsClient.builder()).httpClientBuilder(Apache5HttpClient.builder()).build()) {
            OrderTopology.Standard topology = new OrderTopology(sns, sqs).create();
            OrderService service = new OrderService(sns, topology.topicArn());
            // Fresh order ids per run, so a second run against the same server is told apart from the first.
            String run = Long.toString(System.currentTimeMillis(), 36);
            List<Order> orders = List.of(
                    Order.of(run + "-1", "c-1", 49, "DE"),
                    Order.of(run + "-2", "c-2", 1800, "US"),
                    Order.of(run + "-3", "c-3", 1200, "US", "FR"));
            orders.forEach(order -> System.out.println("placed " + order.toJson()));

            orders.forEach(service::place);
            Map<String, String> queues = Map.of(OrderTopology.FULFILMENT, topology.fulfilment(),
                    OrderTopology.FRAUD_REVIEW, topology.fraudReview(), OrderTopology.EU_SHIPPING, topology.euShipping(),
                    OrderTopology.ANALYTICS, topology.analytics());
            new TreeMap<>(queues).forEach((name, url) -> {
                Fulfilment fulfilment = new Fulfilment();
                // A one-second long poll: enough for SNS's delivery, short enough to end the run quickly.
                new QueueWorker(sqs, url, 1, message -> fulfilment.fulfil(Order.fromDelivery(message.body()))).drain();
                System.out.println(name + " fulfilled " + fulfilment.fulfilled());
            });
        }
    }
}
