package dev.awsemulator.spring.orders;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Clicks go through Spring Cloud Stream's Kinesis binder: produced with StreamBridge, consumed by a function. */
class KinesisBinderTest extends OrderApplicationTest {

    @Test
    void whatTheProducerBindingSendsTheConsumerBindingReceives() {
        orders.click("/checkout");
        orders.click("/thanks");

        await().atMost(Duration.ofSeconds(30)).until(() -> processed.clicks().size() == 2);
        assertThat(processed.clicks()).containsExactly("/checkout", "/thanks");
        // The binder embeds its headers before the payload.
        assertThat(aws.inspect().streamRecords("clicks").values()).flatExtracting(records -> records)
                .extracting(record -> new String(record.data(), StandardCharsets.UTF_8))
                .satisfiesExactly(data -> assertThat(data).endsWith("/checkout"), data -> assertThat(data).endsWith("/thanks"));
    }
}
