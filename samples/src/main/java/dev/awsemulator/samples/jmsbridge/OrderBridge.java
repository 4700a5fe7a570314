package dev.awsemulator.samples.jmsbridge;

import dev.awsemulator.samples.fanout.Order;
import dev.awsemulator.samples.fanout.OrderService;
import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;

/**
 * Bridges the legacy JMS order queue into the SNS order fanout: each order is published to the topic
 * with {@link OrderService} and acknowledged on the broker only then, in a transacted session, so an
 * order SNS did not take stays on the queue and comes again.
 */
public final class OrderBridge implements AutoCloseable {

    private final Connection connection;
    private final Session session;
    private final MessageConsumer orders;
    private final OrderService fanout;

    public OrderBridge(ConnectionFactory factory, String username, String password, OrderService fanout)
            throws JMSException {
        this.connection = factory.createConnection(username, password);
        this.session = connection.createSession(true, Session.SESSION_TRANSACTED);
        this.orders = session.createConsumer(session.createQueue(LegacyOrderSystem.ORDERS));
        this.fanout = fanout;
        connection.start();
    }

    /**
     * Moves the orders waiting on the queue into SNS, waiting up to {@code waitMillis} for the first;
     * returns how many it moved.
     */
    public int bridge(long waitMillis) throws JMSException {
        int moved = 0;
        for (Message message = orders.receive(waitMillis); message != null; message = orders.receiveNoWait()) {
            try {
                fanout.place(Order.fromJson(((TextMessage) message).getText()));
                session.commit();
                moved++;
            } catch (RuntimeException e) {
                session.rollback();
                throw e;
            }
        }
        return moved;
    }

    @Override
    public void close() throws JMSException {
        connection.close();
    }
}
