package dev.awsemulator.compatibility;

import com.amazon.sqs.javamessaging.ProviderConfiguration;
import com.amazon.sqs.javamessaging.SQSConnection;
import com.amazon.sqs.javamessaging.SQSConnectionFactory;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageProducer;
import jakarta.jms.Queue;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Amazon SQS Java Messaging Library (JMS 3.1 on SDK v2, so SQS over AWS JSON 1.0): a producer
 * sends a text message with properties, a consumer receives it and acknowledges it, which deletes it.
 */
class SqsJmsIT extends DevServerWithSqsClient {

    private static final long RECEIVE_TIMEOUT_MILLIS = 10_000;

    @Test
    void consumerReceivesTextAndPropertiesAndItsAcknowledgementDeletesTheMessage() throws JMSException {
        // No prefetching: a prefetching consumer keeps a 20-second long poll open, and closing waits for it.
        SQSConnectionFactory factory = new SQSConnectionFactory(new ProviderConfiguration()
                .withNumberOfMessagesToPrefetch(0), sqs);
        try (SQSConnection connection = factory.createConnection()) {
            if (!connection.getWrappedAmazonSQSClient().queueExists("jms-orders")) {
                connection.getWrappedAmazonSQSClient().createQueue("jms-orders");
            }
            Session session = connection.createSession(false, Session.CLIENT_ACKNOWLEDGE);
            Queue queue = session.createQueue("jms-orders");
            MessageProducer producer = session.createProducer(queue);
            TextMessage sent = session.createTextMessage("order-1");
            sent.setStringProperty("priority", "high");
            sent.setIntProperty("quantity", 3);
            sent.setBooleanProperty("gift", true);
            producer.send(sent);

            MessageConsumer consumer = session.createConsumer(queue);
            connection.start();
            Message received = consumer.receive(RECEIVE_TIMEOUT_MILLIS);

            assertThat(received).isInstanceOf(TextMessage.class);
            assertThat(((TextMessage) received).getText()).isEqualTo("order-1");
            assertThat(received.getJMSMessageID()).isEqualTo(sent.getJMSMessageID());
            assertThat(received.getStringProperty("priority")).isEqualTo("high");
            assertThat(received.getObjectProperty("quantity")).isEqualTo(3);
            assertThat(received.getObjectProperty("gift")).isEqualTo(true);
            assertThat(received.getIntProperty("JMSXDeliveryCount")).isEqualTo(1);

            received.acknowledge();
            String queueUrl = sqs.getQueueUrl(b -> b.queueName("jms-orders")).queueUrl();
            assertThat(SqsClients.depth(sqs, queueUrl)).as("messages left after the acknowledgement").isZero();
        }
    }
}
