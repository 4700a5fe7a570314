package dev.awsemulator.junit;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.sqs.SqsClient;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** An emulator started by the builder outside JUnit's lifecycle, as a Spring test context starts one. */
class StartedByCallerTest {

    @Test
    void startServesTheDeclaredResourcesAtOnceAndCloseStopsItAndItsClients() {
        AwsEmulatorExtension aws = AwsEmulatorExtension.builder().queue("orders").start();
        SqsClient injected = aws.client(SqsClient.class);
        try (SqsClient own = aws.configure(SqsClient.builder()).build()) {
            try {
                assertThat(injected.listQueues().queueUrls()).containsExactly(aws.queueUrl("orders"));
            } finally {
                aws.close();
            }

            assertThatThrownBy(own::listQueues).as("nothing listens any more").isInstanceOf(SdkClientException.class);
        }
        assertThatThrownBy(injected::listQueues).as("client closed with its emulator")
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(aws::endpoint).isInstanceOf(IllegalStateException.class).hasMessageContaining("not running");
    }

    @Test
    void aStartedEmulatorOffersItsVirtualClock() {
        try (AwsEmulatorExtension aws = AwsEmulatorExtension.builder().virtualTime().start()) {
            Instant before = aws.clock().now();

            aws.clock().advance(Duration.ofMinutes(1));

            assertThat(aws.clock().now()).isEqualTo(before.plusSeconds(60));
        }
    }

    @Test
    void closeLeavesAnEmulatorJUnitRunsAlone() {
        AwsEmulatorExtension notStarted = AwsEmulatorExtension.builder().build();

        notStarted.close();

        assertThatThrownBy(notStarted::endpoint).isInstanceOf(IllegalStateException.class);
    }
}
