package dev.awsemulator.server.config;

import dev.awsemulator.core.Emulator;
import dev.awsemulator.server.EmulatorServer;
import dev.awsemulator.server.testsupport.EmulatorServerExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.sqs.model.SqsException;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A config file's {@code faults:}: rules on the file's resources, added at start and again after each reset. */
class FaultsConfigTest {

    private static final EmulatorConfig CONFIG = parse("""
            queues:
              - name: orders
              - name: audit
            faults:
              - service: sqs
                operation: SendMessage
                resource: orders
                times: 1
                fail: KmsThrottled
                message: Slow down
            """);

    @RegisterExtension
    static final EmulatorServerExtension aws = new EmulatorServerExtension(CONFIG);

    @Test
    void theFilesRuleFailsItsQueuesNextSendAndComesBackAfterAReset() {
        String orders = aws.sqs().getQueueUrl(b -> b.queueName("orders")).queueUrl();
        String audit = aws.sqs().getQueueUrl(b -> b.queueName("audit")).queueUrl();

        aws.sqs().sendMessage(b -> b.queueUrl(audit).messageBody("untouched"));
        assertThrottled(orders);
        aws.sqs().sendMessage(b -> b.queueUrl(orders).messageBody("the rule is spent"));
        aws.server().reset();

        assertThat(aws.faults().rules()).singleElement().satisfies(rule -> assertThat(rule.hits()).isZero());
        assertThrottled(orders);
    }

    @Test
    void aRuleOnAQueueTheFileDoesNotCreateFailsTheStartSayingWhichExist() {
        EmulatorConfig bad = parse("""
                queues:
                  - name: orders
                faults:
                  - service: sqs
                    operation: SendMessage
                    resource: payments
                    fail: RequestThrottled
                """);

        try (Emulator emulator = Emulator.builder().build()) {
            assertThatThrownBy(() -> EmulatorServer.builder().port(0).config(bad).emulator(emulator).start())
                    .isInstanceOf(ConfigException.class)
                    .hasMessage("faults[0] \"sqs SendMessage\": No queue \"payments\" exists in account 000000000000, "
                            + "us-east-1; queues there: orders.");
        }
    }

    private static void assertThrottled(String queueUrl) {
        // KMS.ThrottlingException is no error the SDK retries, so the one call it makes meets the rule.
        assertThatThrownBy(() -> aws.sqs().sendMessage(b -> b.queueUrl(queueUrl).messageBody("throttled")))
                .isInstanceOfSatisfying(SqsException.class, e -> {
                    assertThat(e.awsErrorDetails().errorCode()).isEqualTo("KMS.ThrottlingException");
                    assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("Slow down");
                    assertThat(e.statusCode()).isEqualTo(400);
                });
    }

    private static EmulatorConfig parse(String yaml) {
        try {
            return EmulatorServer.configReader().parse(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)),
                    "faults.yaml");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
