package dev.awsemulator.compatibility;

import io.awspring.cloud.sqs.annotation.SqsListener;
import io.awspring.cloud.sqs.operations.SqsTemplate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.handler.annotation.Header;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Spring Cloud AWS 3 on Spring Boot 3, configured only through its properties: {@code SqsTemplate}
 * sends an object as JSON with a header, an {@code @SqsListener} method receives it converted back,
 * and the container acknowledges it (deletes it) once the method returned.
 */
class SpringCloudAwsIT extends DevServerWithSqsClient {

    private static final String QUEUE = "spring-orders";
    private static final long RECEIVE_TIMEOUT_SECONDS = 20;

    @BeforeAll
    static void createQueue() {
        sqs.createQueue(b -> b.queueName(QUEUE));
    }

    @Test
    void listenerReceivesWhatTheTemplateSentAndAcknowledgesIt() throws InterruptedException {
        OrdersListener listener;
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(OrdersApplication.class)
                .web(WebApplicationType.NONE)
                .properties(
                        "spring.cloud.aws.endpoint=" + server.endpoint(),
                        "spring.cloud.aws.region.static=" + ExternalCommand.REGION,
                        "spring.cloud.aws.credentials.access-key=test",
                        "spring.cloud.aws.credentials.secret-key=test",
                        // Stopping the container waits for open long polls: keep them short.
                        "spring.cloud.aws.sqs.listener.poll-timeout=1s",
                        "spring.main.banner-mode=off")
                .run()) {
            listener = context.getBean(OrdersListener.class);
            context.getBean(SqsTemplate.class).send(to -> to.queue(QUEUE).payload(new Order("order-1", 3))
                    .header("priority", "high"));

            assertThat(listener.received.poll(RECEIVE_TIMEOUT_SECONDS, TimeUnit.SECONDS))
                    .isEqualTo(new Received(new Order("order-1", 3), "high"));
            // The container acknowledges (deletes) after the method returned, in batches it sends within about a
            // second; a context closed before the acknowledgement reached its batch would leave the message.
            assertThat(depthOnceAcknowledged()).as("messages left after the acknowledgement").isZero();
        }
        assertThat(listener.received).as("delivered once").isEmpty();
    }

    /** The queue's depth once it is zero, or when the receive timeout has passed. */
    private static int depthOnceAcknowledged() {
        String queueUrl = sqs.getQueueUrl(b -> b.queueName(QUEUE)).queueUrl();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(RECEIVE_TIMEOUT_SECONDS);
        int depth = SqsClients.depth(sqs, queueUrl);
        while (depth > 0 && System.nanoTime() < deadline) {
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(50));
            depth = SqsClients.depth(sqs, queueUrl);
        }
        return depth;
    }

    record Order(String id, int quantity) {
    }

    record Received(Order order, String priority) {
    }

    static class OrdersListener {

        final BlockingQueue<Received> received = new LinkedBlockingQueue<>();

        @SqsListener(QUEUE)
        void onOrder(Order order, @Header("priority") String priority) {
            received.add(new Received(order, priority));
        }
    }

    @Configuration(proxyBeanMethods = false)
    @EnableAutoConfiguration
    static class OrdersApplication {

        @Bean
        OrdersListener ordersListener() {
            return new OrdersListener();
        }
    }
}
