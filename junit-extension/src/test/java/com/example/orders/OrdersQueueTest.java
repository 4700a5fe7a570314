package com.example.orders;

import dev.awsemulator.junit.AwsEmulator;
import dev.awsemulator.junit.AwsEmulatorTest;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

@AwsEmulatorTest(queues = "orders")
class OrdersQueueTest {

    @Test
    void aSentOrderIsReceived(SqsClient sqs, AwsEmulator aws) {
        String orders = aws.queueUrl("orders");

        sqs.sendMessage(b -> b.queueUrl(orders).messageBody("order 1"));

        List<Message> received = sqs.receiveMessage(b -> b.queueUrl(orders)).messages();
        assertEquals(List.of("order 1"), received.stream().map(Message::body).toList());
    }
}
