package dev.awsemulator.spring.brokers;

import org.springframework.amqp.core.Queue;
import org.springframework.amqp.rabbit.annotation.RabbitListener;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.activemq.autoconfigure.ActiveMQAutoConfiguration;
import org.springframework.boot.amqp.autoconfigure.RabbitAutoConfiguration;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.jms.autoconfigure.JmsAutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jms.annotation.JmsListener;
import org.springframework.kafka.annotation.KafkaListener;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * An application on Spring Boot's own messaging support, with no line about AWS: order events on Kafka (Amazon
 * MSK), orders over JMS (Amazon MQ for ActiveMQ), payments over AMQP 0-9-1 (Amazon MQ for RabbitMQ). Each listener
 * keeps what it received. It imports only the auto-configuration it uses, as a slice test would: on this module's
 * class path, {@code @SpringBootApplication} would also start the orders application's Spring Cloud Stream and
 * Spring Cloud AWS machinery, doubling the context's start for nothing this application does.
 */
@SpringBootConfiguration
@ImportAutoConfiguration({KafkaAutoConfiguration.class, ActiveMQAutoConfiguration.class, JmsAutoConfiguration.class,
        RabbitAutoConfiguration.class})
@Import(MessagingApplication.Listeners.class)
public class MessagingApplication {

    static final String EVENTS = "order-events";
    static final String ORDERS = "orders";
    static final String PAYMENTS = "payments";

    /** Declared on every new connection by Spring AMQP's admin, so a re-created broker gets it again. */
    @Bean
    Queue payments() {
        return new Queue(PAYMENTS);
    }

    static class Listeners {

        final List<String> events = new CopyOnWriteArrayList<>();
        final List<String> orders = new CopyOnWriteArrayList<>();
        final List<String> payments = new CopyOnWriteArrayList<>();

        @KafkaListener(topics = EVENTS, groupId = "order-projection")
        void onEvent(String event) {
            events.add(event);
        }

        @JmsListener(destination = ORDERS)
        void onOrder(String order) {
            orders.add(order);
        }

        @RabbitListener(queues = PAYMENTS)
        void onPayment(String payment) {
            payments.add(payment);
        }

        void clear() {
            events.clear();
            orders.clear();
            payments.clear();
        }
    }
}
