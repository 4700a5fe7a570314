package dev.awsemulator.junit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.OverLimitException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A test can bound the emulator's retained memory small, to see how its code copes with a full emulator. */
class RetainedMemoryBoundTest {

    @RegisterExtension
    static final AwsEmulatorExtension AWS = AwsEmulatorExtension.builder().maxRetainedBytes(64 * 1024)
            .queue("work").build();

    @Test
    void sendsBeyondTheBoundAreOverLimit(SqsClient sqs, AwsEmulator aws) {
        String body = "x".repeat(20_000);
        String queue = aws.queueUrl("work");
        for (int i = 0; i < 3; i++) {
            sqs.sendMessage(b -> b.queueUrl(queue).messageBody(body));
        }

        assertThatThrownBy(() -> sqs.sendMessage(b -> b.queueUrl(queue).messageBody(body)))
                .isInstanceOfSatisfying(OverLimitException.class,
                        e -> assertThat(e.getMessage()).contains("of 65536 bytes"));
    }
}
