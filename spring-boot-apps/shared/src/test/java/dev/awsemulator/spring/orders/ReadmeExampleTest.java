package dev.awsemulator.spring.orders;

import dev.awsemulator.core.sqs.PeekedMessage;
import dev.awsemulator.junit.AwsEmulator;
import dev.awsemulator.spring.EmulatedAws;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@SpringBootTest
@EmulatedAws(config = "orders-emulator.yaml", virtualTime = true, resetBeforeEachTest = true)
class ReadmeExampleTest {

    @Autowired
    OrderService orders;        // sends with Spring Cloud AWS's SqsTemplate

    @Autowired
    Processed processed;        // filled by the application's @SqsListener

    @Autowired
    AwsEmulator aws;

    @Test
    void aPlacedOrderIsProcessedAndItsMessageAcknowledged() {
        Order order = new Order("o-1", "ada", 25);

        orders.place(order);

        await().atMost(Duration.ofSeconds(20)).until(() -> processed.orders().contains(order));
        await().atMost(Duration.ofSeconds(20)).until(() -> aws.inspect().queue("orders").isEmpty());
    }

    @Test
    void aFailingOrderComesBackWhenItsVisibilityTimeoutEnds() {
        Order failing = new Order("o-2", "bob", -1);     // the listener throws on it
        orders.place(failing);
        await().atMost(Duration.ofSeconds(20)).until(() -> receiveCount() == 1);

        aws.clock().advance(Duration.ofSeconds(30));

        await().atMost(Duration.ofSeconds(20)).until(() -> receiveCount() == 2);
        assertThat(processed.orders()).doesNotContain(failing);
    }

    private int receiveCount() {
        return aws.inspect().queue("orders").stream().mapToInt(PeekedMessage::receiveCount).sum();
    }
}
