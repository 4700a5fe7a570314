package dev.awsemulator.junit;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import software.amazon.awssdk.services.sqs.SqsClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The second test sees nothing of the first: declared queues come back empty, others are gone. */
@AwsEmulatorTest(queues = "inbox")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ResetIsolationTest {

    @Test
    @Order(1)
    void leavesStateBehind(SqsClient sqs, AwsEmulator aws) {
        sqs.createQueue(b -> b.queueName("scratch"));
        sqs.sendMessage(b -> b.queueUrl(aws.queueUrl("inbox")).messageBody("left over"));

        assertThat(sqs.listQueues().queueUrls()).hasSize(2);
    }

    @Test
    @Order(2)
    void startsFromTheDeclaredResourcesOnly(SqsClient sqs, AwsEmulator aws) {
        assertThat(sqs.listQueues().queueUrls()).containsExactly(aws.queueUrl("inbox"));
        assertThat(aws.inspect().queue("inbox")).isEmpty();
        assertThat(aws.inspect().requests()).extracting(request -> request.operation()).containsExactly("ListQueues");
    }
}
