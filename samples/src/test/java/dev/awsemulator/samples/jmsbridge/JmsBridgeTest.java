package dev.awsemulator.samples.jmsbridge;

import dev.awsemulator.core.mq.BrokerProtocol;
import dev.awsemulator.junit.AwsEmulatorExtension;
import dev.awsemulator.junit.MqBroker;
import dev.awsemulator.samples.fanout.Order;
import dev.awsemulator.samples.fanout.OrderService;
import dev.awsemulator.samples.fanout.OrderTopology;
import dev.awsemulator.samples.fanout.QueueWorker;
import org.apache.activemq.ActiveMQSslConnectionFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sqs.SqsClient;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whitepaper's existing application on Amazon MQ: a JMS order system whose orders a bridge hands to
 * the SNS order fanout, and a warehouse device that reports over MQTT to the same JMS system.
 */
class JmsBridgeTest {

    private static final String PASSWORD = "bridge-password-1";

    @RegisterExtension
    static final AwsEmulatorExtension aws = AwsEmulatorExtension.builder()
            .activeMqBroker("orders-broker", "bridge", PASSWORD)
            .build();

    @Test
    void ordersOfTheJmsSystemReachTheFanoutQueuesThroughTheBridge(SnsClient sns, SqsClient sqs) throws Exception {
        OrderTopology.Standard topology = new OrderTopology(sns, sqs).create();
        ActiveMQSslConnectionFactory broker = openWire(aws.mqBroker("orders-broker"));
        List<Order> orders = List.of(Order.of("o-1", "c-1", 50, "DE"), Order.of("o-2", "c-2", 1500, "US"));

        try (LegacyOrderSystem legacy = new LegacyOrderSystem(broker, "bridge", PASSWORD);
             OrderBridge bridge = new OrderBridge(broker, "bridge", PASSWORD,
                     new OrderService(sns, topology.topicArn()))) {
            for (Order order : orders) {
                legacy.place(order);
            }
            assertThat(bridge.bridge(30_000)).isEqualTo(2);
        }

        assertThat(orderIds(sqs, topology.fulfilment())).containsExactlyInAnyOrder("o-1", "o-2");
        assertThat(orderIds(sqs, topology.fraudReview())).as("amount >= 1000").containsExactly("o-2");
    }

    @Test
    void theWarehouseReportsOverMqttToTheJmsSystem() throws Exception {
        MqBroker broker = aws.mqBroker("orders-broker");
        try (LegacyOrderSystem legacy = new LegacyOrderSystem(openWire(broker), "bridge", PASSWORD);
             WarehouseScanner scanner = new WarehouseScanner(broker.endpoint(BrokerProtocol.MQTT), "bridge", PASSWORD,
                     broker.sslContext().getSocketFactory())) {
            scanner.packed("o-7");

            assertThat(legacy.nextShipmentEvent(Duration.ofSeconds(30)))
                    .isEqualTo("{\"orderId\":\"o-7\",\"status\":\"PACKED\"}");
        }
    }

    private static ActiveMQSslConnectionFactory openWire(MqBroker broker) throws Exception {
        ActiveMQSslConnectionFactory factory = new ActiveMQSslConnectionFactory(broker.endpoint(BrokerProtocol.OPENWIRE));
        factory.setTrustStore(broker.trustStore().toString());
        factory.setTrustStorePassword(broker.trustStorePassword());
        return factory;
    }

    private static List<String> orderIds(SqsClient sqs, String queueUrl) {
        List<String> ids = new ArrayList<>();
        new QueueWorker(sqs, queueUrl, 0, message -> ids.add(Order.fromDelivery(message.body()).orderId())).drain();
        return ids;
    }
}
