package dev.awsemulator.spring.orders;

import dev.awsemulator.spring.EmulatedAws;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.env.Environment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A property the test sets itself wins over the emulator's, and the log says so. An emulator of its own (another
 * region), so its context's listeners do not take the messages of the other classes' context.
 */
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(properties = {"spring.cloud.aws.sns.endpoint=http://127.0.0.1:9", "spring.cloud.aws.region.static=eu-west-1"})
@EmulatedAws(config = "orders-emulator.yaml", region = "eu-west-1")
class UserSettingsWinTest {

    @Autowired
    Environment environment;

    @Test
    void theTestsOwnValuesAreKeptAndTheOthersAreTheEmulators(CapturedOutput startup) {
        assertThat(environment.getProperty("spring.cloud.aws.sns.endpoint")).isEqualTo("http://127.0.0.1:9");
        assertThat(environment.getProperty("spring.cloud.aws.sqs.endpoint")).startsWith("http://127.0.0.1:")
                .isNotEqualTo("http://127.0.0.1:9");
        assertThat(environment.getProperty("spring.cloud.aws.region.static")).isEqualTo("eu-west-1");
        assertThat(startup).contains("INFO").contains("@EmulatedAws keeps spring.cloud.aws.sns.endpoint=http://127.0.0.1:9, "
                + "which the application or the test set: SNS calls go there, not to the emulator at http://127.0.0.1:")
                .contains("@EmulatedAws keeps spring.cloud.aws.region.static=eu-west-1");
    }
}
