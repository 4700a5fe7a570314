package dev.awsemulator.samples.jmsbridge;

import dev.awsemulator.samples.fanout.Order;
import jakarta.jms.BytesMessage;
import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The existing application: an order system that speaks JMS and knows nothing of SNS or SQS. It sends
 * each order as a persistent JSON text message to the {@value #ORDERS} queue, and follows the warehouse's
 * shipment events on the JMS topics under {@value #SHIPMENTS} (the MQTT topics {@code shipments/...}).
 */
public final class LegacyOrderSystem implements AutoCloseable {

    public static final String ORDERS = "legacy.orders";
    public static final String SHIPMENTS = "shipments.>";

    private final Connection connection;
    private final Session session;
    private final MessageProducer orders;
    private final BlockingQueue<String> shipmentEvents = new LinkedBlockingQueue<>();

    public LegacyOrderSystem(ConnectionFactory factory, String username, String password) throws JMSException {
        this.connection = factory.createConnection(username, password);
        this.session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
        this.orders = session.createProducer(session.createQueue(ORDERS));
        session.createConsumer(session.createTopic(SHIPMENTS)).setMessageListener(message ->
                shipmentEvents.add(text(message)));
        connection.start();
    }

    public void place(Order order) throws JMSException {
        TextMessage message = session.createTextMessage(order.toJson());
        message.setStringProperty("customerId", order.customerId());
        message.setLongProperty("amount", order.amount());
        orders.send(message);
    }

    /** The next shipment event the warehouse reported, waiting up to {@code timeout}; null if none came. */
    public String nextShipmentEvent(Duration timeout) throws InterruptedException {
        return shipmentEvents.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** MQTT publishers send bytes, which ActiveMQ hands to JMS as a BytesMessage; JMS senders send text. */
    private static String text(Message message) {
        try {
            if (message instanceof BytesMessage bytes) {
                return new String(bytes.getBody(byte[].class), StandardCharsets.UTF_8);
            }
            return message.getBody(String.class);
        } catch (JMSException e) {
            throw new IllegalStateException("a shipment event without a text body", e);
        }
    }

    @Override
    public void close() throws JMSException {
        connection.close();
    }
}
