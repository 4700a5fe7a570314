package dev.awsemulator.spring.orders;

import dev.awsemulator.junit.AwsEmulator;
import dev.awsemulator.junit.VirtualClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import software.amazon.awssdk.services.sqs.SqsAsyncClient;
import software.amazon.awssdk.services.sqs.SqsClient;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** What a test class gets from @EmulatedAws with no code of its own. */
class WiringTest extends OrderApplicationTest {

    @Autowired
    Environment environment;

    @Autowired
    SqsAsyncClient applicationSqs;

    @Autowired
    VirtualClock clock;

    @Test
    void springCloudAwsPropertiesPointAtTheEmulator() {
        assertThat(environment.getProperty("spring.cloud.aws.sqs.endpoint")).isEqualTo(aws.endpoint().toString());
        assertThat(environment.getProperty("spring.cloud.aws.sns.endpoint")).isEqualTo(aws.endpoint().toString());
        assertThat(environment.getProperty("spring.cloud.aws.kinesis.endpoint")).isEqualTo(aws.endpoint().toString());
        assertThat(environment.getProperty("spring.cloud.aws.region.static")).isEqualTo("us-east-1");
        assertThat(environment.getProperty("spring.cloud.aws.credentials.access-key")).isEqualTo(aws.accountId());
        assertThat(environment.getProperty("spring.cloud.aws.endpoint")).as("other AWS services untouched").isNull();
    }

    @Test
    void theApplicationsOwnClientReachesTheEmulator() {
        assertThat(applicationSqs.getQueueUrl(b -> b.queueName("orders")).join().queueUrl()).isEqualTo(aws.queueUrl("orders"));
    }

    @Test
    void testMethodsTakeTheHandleTheClockAndTheExtensionsClients(AwsEmulator handle, VirtualClock parameterClock,
                                                                   SqsClient sqs) {
        assertThat(handle).isSameAs(aws);
        assertThat(sqs.listQueues().queueUrls()).contains(aws.queueUrl("orders"), aws.queueUrl("orders-dlq"));

        parameterClock.advance(Duration.ofSeconds(5));

        assertThat(clock.now()).isEqualTo(parameterClock.now());
    }
}
