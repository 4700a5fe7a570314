package dev.awsemulator.junit;

import dev.awsemulator.junit.testsupport.FixtureRun;
import dev.awsemulator.server.faults.Fault;
import dev.awsemulator.server.faults.InvalidFaultException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.SqsException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Fault rules from a test: the handle's {@code faults()} and the builder's {@code fault(..)}, seen through the
 * SDK v2 client the extension injects (the SDK's retries of a throttled call: {@link FaultInjectionExampleTest}).
 */
class FaultsTest {

    @RegisterExtension
    static final AwsEmulatorExtension aws = AwsEmulatorExtension.builder()
            .queue("orders")
            .queue("audit")
            .fault(Fault.on("sqs", "SendMessage").resource("audit").times(1).fail("KmsThrottled"))
            .build();

    @Test
    void aDeclaredRuleActsInEveryTestUntilItIsSpent(SqsClient sqs) {
        // KMS.ThrottlingException is no error the SDK retries: the first send fails, the second meets no rule.
        assertThatThrownBy(() -> sqs.sendMessage(b -> b.queueUrl(aws.queueUrl("audit")).messageBody("a-1")))
                .isInstanceOfSatisfying(SqsException.class, e -> {
                    assertThat(e.awsErrorDetails().errorCode()).isEqualTo("KMS.ThrottlingException");
                    assertThat(e.statusCode()).isEqualTo(400);
                });
        sqs.sendMessage(b -> b.queueUrl(aws.queueUrl("audit")).messageBody("a-2"));

        assertThat(aws.inspect().queue("audit")).extracting(message -> message.body()).containsExactly("a-2");
    }

    @Test
    void theRulesAreListedAndAResetLeavesOnlyTheDeclaredOne() {
        aws.faults().add(Fault.on("sqs", "ReceiveMessage").fail("OverLimit"));

        assertThat(aws.faults().rules()).extracting(rule -> rule.fault().operation())
                .containsExactly("SendMessage", "ReceiveMessage");
        aws.reset();
        assertThat(aws.faults().rules()).singleElement()
                .satisfies(rule -> assertThat(rule.resourceArn()).endsWith(":audit"));
    }

    @Test
    void aRuleTheEmulatorCannotHonourIsRefusedSayingWhatIsValid() {
        assertThatThrownBy(() -> aws.faults().add(Fault.on("sqs", "SendMessage").resource("payments")
                .fail("RequestThrottled")))
                .isInstanceOf(InvalidFaultException.class)
                .hasMessage("No queue \"payments\" exists in account 000000000000, us-east-1; queues there: audit, "
                        + "orders.");
        assertThat(aws.faults().rules()).hasSize(1);
    }

    @Test
    void aDeclaredRuleTheEmulatorRefusesFailsTheClass() {
        FixtureRun run = FixtureRun.of(RefusedFault.class);

        assertThat(run.failures()).singleElement().asString().contains("A declared fault is invalid: ",
                "kinesis PutRecord cannot return \"RequestThrottled\"; it can return ");
    }

    static class RefusedFault {
        @RegisterExtension
        static final AwsEmulatorExtension aws = AwsEmulatorExtension.builder()
                .fault(Fault.on("kinesis", "PutRecord").fail("RequestThrottled")).build();

        @Test
        void neverRuns() {
        }
    }
}
