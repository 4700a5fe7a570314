package dev.awsemulator.compatibility;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One run of a program outside the JVM (the AWS CLI, Python, Node.js, npm). A client configured only
 * through its environment: fixed test credentials and region, and no user configuration file, so
 * that nothing on the developer's machine changes what the client does.
 */
final class ExternalCommand {

    static final String REGION = "us-east-1";
    private static final long TIMEOUT_SECONDS = 120;

    private ExternalCommand() {
    }

    /** The environment every client process gets on top of the inherited one. */
    static Map<String, String> clientEnvironment() {
        return Map.of(
                "AWS_ACCESS_KEY_ID", "test",
                "AWS_SECRET_ACCESS_KEY", "test",
                "AWS_DEFAULT_REGION", REGION,
                "AWS_REGION", REGION,
                "AWS_CONFIG_FILE", "/nonexistent/aws-config",
                "AWS_SHARED_CREDENTIALS_FILE", "/nonexistent/aws-credentials",
                "AWS_PAGER", "",
                "AWS_EC2_METADATA_DISABLED", "true");
    }

    /** Runs {@code command} in {@code directory}; returns its standard output, or fails with all it printed. */
    static String run(Path directory, List<String> command) {
        Outcome outcome = execute(directory, command);
        if (outcome.exitValue() != 0) {
            throw new AssertionError(outcome.describe(command));
        }
        return outcome.output();
    }

    /** Runs {@code command}, which must fail; returns its standard error (where the AWS CLI prints AWS's error). */
    static String failure(Path directory, List<String> command) {
        Outcome outcome = execute(directory, command);
        if (outcome.exitValue() == 0) {
            throw new AssertionError(outcome.describe(command));
        }
        return outcome.errors();
    }

    private record Outcome(int exitValue, String output, String errors) {
        String describe(List<String> command) {
            return String.join(" ", command) + " exited with " + exitValue + "\n--- stdout\n" + output
                    + "--- stderr\n" + errors;
        }
    }

    private static Outcome execute(Path directory, List<String> command) {
        try {
            Path output = Files.createTempFile("client-stdout", ".txt");
            Path errors = Files.createTempFile("client-stderr", ".txt");
            try {
                ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile())
                        .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                        .redirectOutput(output.toFile()).redirectError(errors.toFile());
                builder.environment().putAll(clientEnvironment());
                Process process = builder.start();
                if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    throw new AssertionError(String.join(" ", command) + " did not finish in " + TIMEOUT_SECONDS
                            + " s\n--- stdout\n" + Files.readString(output) + "--- stderr\n" + Files.readString(errors));
                }
                return new Outcome(process.exitValue(), Files.readString(output), Files.readString(errors));
            } finally {
                Files.delete(output);
                Files.delete(errors);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while running " + command, e);
        }
    }

    /** Whether {@code command} runs and exits with 0, for probing an installation. */
    static boolean succeeds(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
