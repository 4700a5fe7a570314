package dev.awsemulator.spring.orders.suite;

import dev.awsemulator.spring.orders.Order;
import dev.awsemulator.spring.orders.OrderService;
import dev.awsemulator.spring.orders.Processed;
import io.awspring.cloud.sqs.operations.SqsTemplate;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.Environment;
import software.amazon.awssdk.services.sqs.SqsAsyncClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

import java.time.Duration;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The tests of one class of a suite, on whatever way the suite reaches SQS (this integration, an emulator per
 * class, ElasticMQ): only the application's own beans, so every way runs the same tests. Each class records
 * the context it ran in and the SQS endpoint it talked to, so a suite can count both.
 */
@TestMethodOrder(MethodOrderer.MethodName.class)
public abstract class OrderFlow {

    public static final Set<ApplicationContext> CONTEXTS = Collections.newSetFromMap(new IdentityHashMap<>());
    public static final Map<String, Boolean> ENDPOINTS = new ConcurrentHashMap<>();

    @Autowired
    ApplicationContext context;

    @Autowired
    Environment environment;

    @Autowired
    OrderService orders;

    @Autowired
    Processed processed;

    @Autowired
    SqsTemplate sqsTemplate;

    @Autowired
    SqsAsyncClient sqs;

    @Test
    void aClassStartsWithoutTheMessagesTheClassBeforeLeft() {
        synchronized (CONTEXTS) {
            CONTEXTS.add(context);
        }
        ENDPOINTS.put(environment.getProperty("spring.cloud.aws.sqs.endpoint"), true);
        assertThat(depth("large-orders")).isZero();
    }

    @Test
    void anOrderIsProcessedAndAcknowledged() {
        Order order = new Order(UUID.randomUUID().toString(), "ada", 10);

        orders.place(order);

        await().atMost(Duration.ofSeconds(20)).until(() -> processed.orders().contains(order));
        await().atMost(Duration.ofSeconds(20)).until(() -> depth(OrderService.ORDERS) == 0);
    }

    @Test
    void leavesAMessageForTheNextClassNotToSee() {
        sqsTemplate.send("large-orders", "left behind");

        assertThat(depth("large-orders")).isOne();
    }

    private int depth(String queue) {
        String url = sqs.getQueueUrl(b -> b.queueName(queue)).join().queueUrl();
        Map<QueueAttributeName, String> attributes = sqs.getQueueAttributes(b -> b.queueUrl(url).attributeNames(
                QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES,
                QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE)).join().attributes();
        return attributes.values().stream().mapToInt(Integer::parseInt).sum();
    }
}
