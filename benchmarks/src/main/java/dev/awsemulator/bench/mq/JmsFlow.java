package dev.awsemulator.bench.mq;

import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSException;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageProducer;
import jakarta.jms.Queue;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;

/** JMS messages through one queue of a broker: one producer connection, one consumer connection. */
final class JmsFlow {

    /** Messages that arrived in the order they were sent, and how fast, from the first send to the last receive. */
    record Result(int inOrder, double perSecond) {
    }

    private JmsFlow() {
    }

    /** One message to a fresh queue and back; fails if it does not come back. */
    static void roundTrip(ConnectionFactory factory, String user, String password, String body, long timeoutMs)
            throws JMSException {
        try (Connection connection = factory.createConnection(user, password)) {
            connection.start();
            Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
            Queue queue = session.createQueue("first");
            MessageConsumer consumer = session.createConsumer(queue);
            session.createProducer(queue).send(session.createTextMessage(body));
            if (consumer.receive(timeoutMs) == null) {
                throw new IllegalStateException("the first message did not come back in " + timeoutMs + " ms");
            }
        }
    }

    /** {@code count} numbered messages through the queue {@code flow}; receiving stops at the first gap. */
    static Result run(ConnectionFactory factory, String user, String password, String body, int count, long timeoutMs)
            throws JMSException {
        try (Connection producing = factory.createConnection(user, password);
             Connection consuming = factory.createConnection(user, password)) {
            consuming.start();
            Session consumerSession = consuming.createSession(false, Session.AUTO_ACKNOWLEDGE);
            MessageConsumer consumer = consumerSession.createConsumer(consumerSession.createQueue("flow"));
            Session producerSession = producing.createSession(false, Session.AUTO_ACKNOWLEDGE);
            MessageProducer producer = producerSession.createProducer(producerSession.createQueue("flow"));
            producer.setDeliveryMode(DeliveryMode.NON_PERSISTENT);
            long start = System.nanoTime();
            Thread sender = new Thread(() -> send(producerSession, producer, body, count), "jms-sender");
            sender.start();
            int inOrder = 0;
            for (int i = 0; i < count; i++) {
                TextMessage message = (TextMessage) consumer.receive(timeoutMs);
                if (message == null || message.getIntProperty("n") != i) {
                    break;
                }
                inOrder++;
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            join(sender);
            return new Result(inOrder, inOrder / seconds);
        }
    }

    private static void send(Session session, MessageProducer producer, String body, int count) {
        try {
            for (int i = 0; i < count; i++) {
                TextMessage message = session.createTextMessage(body);
                message.setIntProperty("n", i);
                producer.send(message);
            }
        } catch (JMSException e) {
            throw new IllegalStateException("sending stopped", e);
        }
    }

    private static void join(Thread thread) {
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
