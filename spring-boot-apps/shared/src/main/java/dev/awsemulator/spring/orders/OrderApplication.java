package dev.awsemulator.spring.orders;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A small order service as Spring teams write it on Spring Cloud AWS: orders go through an SQS queue with a
 * dead-letter queue to an {@code @SqsListener}, order events are published to an SNS topic that fans out to
 * queues, payments keep their order per customer in a FIFO queue, and page clicks are a Kinesis stream read
 * through Spring Cloud Stream. Nothing in it knows about the emulator.
 */
@SpringBootApplication
public class OrderApplication {

    public static void main(String[] args) {
        SpringApplication.run(OrderApplication.class, args);
    }
}
