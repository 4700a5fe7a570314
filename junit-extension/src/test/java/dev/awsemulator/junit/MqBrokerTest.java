package dev.awsemulator.junit;

import dev.awsemulator.core.mq.BrokerProtocol;
import jakarta.jms.Connection;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import org.apache.activemq.ActiveMQConnectionFactory;
import org.apache.activemq.ActiveMQSslConnectionFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.mq.MqClient;
import software.amazon.awssdk.services.mq.model.BrokerState;

import static org.assertj.core.api.Assertions.assertThat;

/** A declared ActiveMQ broker: its endpoints from the handle, the injected MqClient, TLS trusted through the handle. */
class MqBrokerTest {

    private static final String PASSWORD = "orders-password-1";

    @RegisterExtension
    static final AwsEmulatorExtension aws = AwsEmulatorExtension.builder()
            .activeMqBroker("orders", "app", PASSWORD)
            .build();

    @Test
    void theHandleGivesTheEndpointsDescribeBrokerListsAndHowToTrustThem(MqClient mq) throws Exception {
        MqBroker broker = aws.mqBroker("orders");

        assertThat(mq.describeBroker(b -> b.brokerId(broker.brokerId())).brokerState()).isEqualTo(BrokerState.RUNNING);
        assertThat(mq.describeBroker(b -> b.brokerId(broker.brokerId())).brokerInstances().get(0).endpoints())
                .contains(broker.endpoint(BrokerProtocol.OPENWIRE));
        ActiveMQSslConnectionFactory tls = new ActiveMQSslConnectionFactory(broker.endpoint(BrokerProtocol.OPENWIRE));
        tls.setTrustStore(broker.trustStore().toString());
        tls.setTrustStorePassword(broker.trustStorePassword());
        try (Connection connection = tls.createConnection("app", PASSWORD)) {
            send(connection, "over tls");
        }
        try (Connection connection = new ActiveMQConnectionFactory(broker.plaintextEndpoint(BrokerProtocol.OPENWIRE))
                .createConnection("app", PASSWORD)) {
            connection.start();
            Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
            TextMessage received = (TextMessage) session.createConsumer(session.createQueue("orders")).receive(30_000);
            assertThat(received.getText()).isEqualTo("over tls");
        }
    }

    private static void send(Connection connection, String text) throws Exception {
        Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
        session.createProducer(session.createQueue("orders")).send(session.createTextMessage(text));
    }
}
