package dev.awsemulator.junit;

import dev.awsemulator.junit.testsupport.FixtureRun;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.PurgeQueueInProgressException;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The annotation's timing options: relaxed cooldowns and where virtual time starts. */
@AwsEmulatorTest(queues = "jobs", relaxed = true, virtualTime = true, virtualTimeStart = "2030-06-01T12:00:00Z")
class AnnotationOptionsTest {

    @Test
    void relaxedLetsATestPurgeTwice(SqsClient sqs, AwsEmulator aws) {
        sqs.purgeQueue(b -> b.queueUrl(aws.queueUrl("jobs")));
        sqs.purgeQueue(b -> b.queueUrl(aws.queueUrl("jobs")));

        assertThat(aws.inspect().queue("jobs")).isEmpty();
    }

    @Test
    void virtualTimeStartsWhereTheAnnotationSays(VirtualClock clock) {
        assertThat(clock.now()).isEqualTo(Instant.parse("2030-06-01T12:00:00Z"));
    }

    @Test
    void withoutRelaxedTheSecondPurgeIsRefused() {
        FixtureRun run = FixtureRun.of(Strict.class);

        assertThat(run.failures()).isEmpty();
        assertThat(run.succeeded()).isEqualTo(1);
    }

    @Test
    void anUnreadableStartFailsTheClassNamingTheAttribute() {
        assertThat(FixtureRun.of(BadStart.class).failures()).singleElement().asString().contains(
                "@AwsEmulatorTest(virtualTimeStart = \"tomorrow\") is not an ISO-8601 instant such as "
                        + "2026-01-01T00:00:00Z");
    }

    @AwsEmulatorTest(queues = "jobs", virtualTime = true)
    static class Strict {
        @Test
        void secondPurgeWithinAMinute(SqsClient sqs, AwsEmulator aws) {
            assertThat(aws.clock().now()).isEqualTo(VirtualClock.DEFAULT_START);
            sqs.purgeQueue(b -> b.queueUrl(aws.queueUrl("jobs")));
            assertThatThrownBy(() -> sqs.purgeQueue(b -> b.queueUrl(aws.queueUrl("jobs"))))
                    .isInstanceOf(PurgeQueueInProgressException.class);
        }
    }

    @AwsEmulatorTest(virtualTime = true, virtualTimeStart = "tomorrow")
    static class BadStart {
        @Test
        void neverRuns() {
        }
    }
}
