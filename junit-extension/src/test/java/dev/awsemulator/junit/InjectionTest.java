package dev.awsemulator.junit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sns.SnsAsyncClient;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sqs.SqsAsyncClient;
import software.amazon.awssdk.services.sqs.SqsClient;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Every injectable type, into constructors, lifecycle methods and tests; one client per emulator. */
@AwsEmulatorTest(virtualTime = true, queues = "orders", topics = "order-events")
class InjectionTest {

    private static SnsClient fromBeforeAll;
    private final SqsClient fromConstructor;

    InjectionTest(SqsClient sqs) {
        this.fromConstructor = sqs;
    }

    @BeforeAll
    static void beforeAll(SnsClient sns) {
        fromBeforeAll = sns;
    }

    @BeforeEach
    void beforeEach(AwsEmulator aws, VirtualClock clock) {
        assertThat(aws.inspect().queue("orders")).isEmpty();
        clock.advance(Duration.ofSeconds(1));
    }

    @Test
    void everyTypeIsInjectedAndTalksToTheEmulator(SqsClient sqs, SqsAsyncClient sqsAsync, SnsClient sns,
                                                  SnsAsyncClient snsAsync, AwsEmulator aws, VirtualClock clock)
            throws Exception {
        String queueUrl = sqs.getQueueUrl(b -> b.queueName("orders")).queueUrl();
        sqsAsync.sendMessage(b -> b.queueUrl(queueUrl).messageBody("order 1")).get(10, TimeUnit.SECONDS);

        assertThat(sqs.receiveMessage(b -> b.queueUrl(queueUrl)).messages()).singleElement()
                .satisfies(message -> assertThat(message.body()).isEqualTo("order 1"));
        assertThat(sns.listTopics().topics()).singleElement()
                .satisfies(topic -> assertThat(topic.topicArn()).isEqualTo(aws.topicArn("order-events")));
        assertThat(snsAsync.listTopics().get(10, TimeUnit.SECONDS).topics()).hasSize(1);
        assertThat(queueUrl).isEqualTo(aws.queueUrl("orders")).startsWith(aws.endpoint().toString());
        assertThat(clock.now()).isNotNull();
    }

    @Test
    void clientsAreMadeOncePerEmulator(SqsClient sqs, SnsClient sns, AwsEmulator aws) {
        assertThat(sqs).isSameAs(fromConstructor).isSameAs(aws.client(SqsClient.class));
        assertThat(sns).isSameAs(fromBeforeAll);
    }

    @Test
    void theHandleDescribesTheEmulator(AwsEmulator aws) {
        assertThat(aws.region()).isEqualTo("us-east-1");
        assertThat(aws.accountId()).isEqualTo("000000000000");
        assertThat(aws.endpoint().getPort()).isEqualTo(aws.port()).isPositive();
        assertThat(aws.credentialsProvider().resolveCredentials().accessKeyId()).isEqualTo("000000000000");
    }

    @Test
    void configureLetsUsersBuildTheirOwnClients(AwsEmulator aws) {
        // configure {
        try (SqsClient custom = aws.configure(SqsClient.builder())
                .overrideConfiguration(o -> o.apiCallTimeout(Duration.ofSeconds(5)))
                .build()) {
            assertThat(custom.listQueues().queueUrls()).containsExactly(aws.queueUrl("orders"));
        }
        // }
    }
}
