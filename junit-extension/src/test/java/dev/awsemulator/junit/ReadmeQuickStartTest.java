package dev.awsemulator.junit;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's first test is {@code com.example.orders.OrdersQueueTest}, word for word: compiled and run
 * here, in a package of its own so that it uses the extension's public API only, as a user's test does.
 */
class ReadmeQuickStartTest {

    private static final String MARKER = "<!-- quick-start-test: OrdersQueueTest.java -->";

    @Test
    void theReadmesFirstTestIsTheCompiledOne() throws IOException {
        String readme = Files.readString(Path.of("../README.md"));
        String source = Files.readString(Path.of("src/test/java/com/example/orders/OrdersQueueTest.java"));

        assertThat(readme).contains(MARKER);
        int start = readme.indexOf("```java\n", readme.indexOf(MARKER)) + "```java\n".length();
        assertThat(readme.substring(start, readme.indexOf("```\n", start))).isEqualTo(source);
    }
}
