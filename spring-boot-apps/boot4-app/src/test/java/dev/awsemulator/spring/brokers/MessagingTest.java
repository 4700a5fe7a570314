package dev.awsemulator.spring.brokers;

import dev.awsemulator.spring.EmulatedAws;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jms.core.JmsTemplate;
import org.springframework.kafka.core.KafkaTemplate;
import software.amazon.awssdk.services.kafka.KafkaClient;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The messaging application against an MSK cluster and two Amazon MQ brokers that {@link EmulatedAws} declares: the
 * test classes extending this share one context and one emulator, which resets before the second class starts,
 * re-creating the cluster and the brokers empty while the context keeps its connection settings.
 */
@SpringBootTest(classes = MessagingApplication.class, properties = "spring.config.name=messaging")
@EmulatedAws(clusters = "events", activeMqBrokers = "orders", rabbitMqBrokers = "payments")
abstract class MessagingTest {

    private static final Duration DELIVERED_WITHIN = Duration.ofSeconds(60);
    /** The cluster's ARN in each class's round trip: the reset between the classes re-created it. */
    private static final List<String> CLUSTER_ARNS = new CopyOnWriteArrayList<>();

    @Autowired
    KafkaTemplate<String, String> kafka;
    @Autowired
    JmsTemplate jms;
    @Autowired
    RabbitTemplate rabbit;
    @Autowired
    MessagingApplication.Listeners listeners;
    @Autowired
    KafkaClient msk;

    @BeforeEach
    void forgetEarlierMessages() {
        listeners.clear();
    }

    /** Sends through Spring Boot's three templates and waits for the three listeners to receive, exactly once each. */
    void roundTripThroughEveryBroker() throws Exception {
        kafka.send(MessagingApplication.EVENTS, "order-1", "placed").get();
        jms.convertAndSend(MessagingApplication.ORDERS, "order-1");
        rabbit.convertAndSend(MessagingApplication.PAYMENTS, "payment-1");

        await().atMost(DELIVERED_WITHIN).untilAsserted(() -> {
            assertThat(listeners.events).containsExactly("placed");
            assertThat(listeners.orders).containsExactly("order-1");
            assertThat(listeners.payments).containsExactly("payment-1");
        });
        CLUSTER_ARNS.add(msk.listClustersV2(b -> b.clusterNameFilter("events")).clusterInfoList().get(0).clusterArn());
        assertThat(CLUSTER_ARNS).doesNotHaveDuplicates();
    }
}
