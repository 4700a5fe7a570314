package dev.awsemulator.junit;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each README example marked {@code <!-- example: <path> -->} is that test source of the repository, word for
 * word, so the README shows code that compiles and passes.
 */
class ReadmeExamplesTest {

    private static final Path ROOT = Path.of("..");
    private static final Pattern EXAMPLE = Pattern.compile("<!-- example: (\\S+) -->\\s*```java\\n(.*?)```\\n",
            Pattern.DOTALL);

    @Test
    void theReadmesMarkedExamplesAreTheirCompiledSources() throws IOException {
        Matcher examples = EXAMPLE.matcher(Files.readString(ROOT.resolve("README.md")));
        int found = 0;
        while (examples.find()) {
            assertThat(examples.group(2)).as(examples.group(1))
                    .isEqualTo(Files.readString(ROOT.resolve(examples.group(1))));
            found++;
        }
        assertThat(found).as("marked examples in the README").isPositive();
    }
}
