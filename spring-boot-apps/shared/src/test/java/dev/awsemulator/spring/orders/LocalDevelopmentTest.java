package dev.awsemulator.spring.orders;

import dev.awsemulator.junit.AwsEmulator;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

import java.net.URI;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The application's local {@code main}: it runs against an emulator of its own and stops it when it stops. */
class LocalDevelopmentTest {

    @Test
    void theLocalMainRunsTheApplicationAgainstAnEmulatorAndStopsItOnExit() {
        URI endpoint;
        try (ConfigurableApplicationContext application = LocalOrderApplication.run("--spring.main.banner-mode=off")) {
            AwsEmulator aws = application.getBean(AwsEmulator.class);
            endpoint = aws.endpoint();
            Order order = new Order("o-local", "ada", 12);

            application.getBean(OrderService.class).place(order);

            await().atMost(Duration.ofSeconds(20)).until(() -> application.getBean(Processed.class).orders().contains(order));
            assertThat(application.getEnvironment().getProperty("spring.cloud.aws.sqs.endpoint")).isEqualTo(endpoint.toString());
        }
        assertThat(Sockets.isListening(endpoint)).as("stopped with the application").isFalse();
    }
}
