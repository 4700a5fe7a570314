package dev.awsemulator.junit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;

import static org.assertj.core.api.Assertions.assertThat;

/** With account-per-test, a handle's reset starts its own account over and leaves every other one alone. */
@AwsEmulatorTest(accountPerTest = true, queues = "inbox")
class AccountPerTestResetTest {

    private static AwsEmulator classAccount;

    @BeforeAll
    static void keepTheClassAccount(AwsEmulator aws) {
        classAccount = aws;
    }

    @Test
    void aTestsResetStartsOnlyItsAccountOver(AwsEmulator aws, SqsClient sqs) {
        SqsClient classSqs = classAccount.client(SqsClient.class);
        classSqs.sendMessage(b -> b.queueUrl(classAccount.queueUrl("inbox")).messageBody("the class's"));
        sqs.createQueue(b -> b.queueName("scratch"));
        sqs.sendMessage(b -> b.queueUrl(aws.queueUrl("inbox")).messageBody("the test's"));

        aws.reset();

        assertThat(sqs.listQueues().queueUrls()).containsExactly(aws.queueUrl("inbox"));
        assertThat(aws.inspect().queue("inbox")).isEmpty();
        assertThat(aws.inspect().requests()).extracting(request -> request.operation()).containsExactly("ListQueues");
        assertThat(classSqs.receiveMessage(b -> b.queueUrl(classAccount.queueUrl("inbox"))).messages())
                .extracting(Message::body).containsExactly("the class's");
    }
}
