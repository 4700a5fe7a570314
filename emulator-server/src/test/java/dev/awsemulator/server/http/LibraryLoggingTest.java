package dev.awsemulator.server.http;

import dev.awsemulator.server.EmulatorServer;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An embedded server, as tests and the JUnit extension start it, prints nothing: XNIO's version
 * notices are INFO lines of java.util.logging, printed once per JVM as its classes load, so each case
 * runs in a JVM of its own.
 */
class LibraryLoggingTest {

    @Test
    void anEmbeddedServerPrintsNothingToTheConsole() throws Exception {
        assertThat(run(StartAndStop.class)).isEqualTo("listening on a port of its own: true\n");
    }

    @Test
    void aLevelTheApplicationGaveXnioStands() throws Exception {
        assertThat(run(StartAndStopWithXnioAtInfo.class)).contains("INFO: XNIO version")
                .endsWith("listening on a port of its own: true\n");
    }

    private static String run(Class<?> main) throws IOException, InterruptedException {
        // XNIO logs through JBoss Logging, which prefers another backend when one is on the classpath (Kafka's
        // dependencies bring one for MSK's brokers); these cases are about java.util.logging, so they ask for it.
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dorg.jboss.logging.provider=jdk", "-cp", System.getProperty("java.class.path"), main.getName())
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        return output;
    }

    static final class StartAndStop {
        public static void main(String[] args) {
            try (EmulatorServer server = EmulatorServer.builder().port(0).start()) {
                System.out.println("listening on a port of its own: " + (server.port() > 0));
            }
        }
    }

    static final class StartAndStopWithXnioAtInfo {
        private static final Logger XNIO = Logger.getLogger("org.xnio");

        public static void main(String[] args) {
            XNIO.setLevel(Level.INFO);
            StartAndStop.main(args);
        }
    }
}
