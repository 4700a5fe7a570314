package dev.awsemulator.spring.orders;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The README's Spring Boot example is this module's {@link ReadmeExampleTest}, word for word. */
class ReadmeSnippetTest {

    private static final Path APPS = Path.of("..");
    private static final String MARKER = "<!-- spring-boot-example: ReadmeExampleTest.java -->";

    @Test
    void theReadmesSpringBootExampleIsTheCompiledTest() throws IOException {
        String readme = Files.readString(APPS.resolve("../README.md"));
        String source = Files.readString(APPS.resolve("shared/src/test/java/dev/awsemulator/spring/orders/ReadmeExampleTest.java"));

        int start = readme.indexOf("```java\n", readme.indexOf(MARKER)) + "```java\n".length();
        String example = readme.substring(start, readme.indexOf("```\n", start));

        assertThat(readme).contains(MARKER);
        assertThat(example).isEqualTo(source);
    }
}
