package dev.awsemulator.server.testsupport;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dev server as users run it: {@code java [start options] -jar emulator-server.jar}, as its own
 * process, with the README's {@link #startOptions() start options}. The jar
 * is the one the build just packaged, named by the {@code emulator.jar} system property (the build
 * sets it for tests named {@code *IT}). Unless the arguments name a port, the server takes a free one
 * and the endpoint is read from its banner.
 */
public final class DevServerProcess implements AutoCloseable {

    private static final Pattern BANNER = Pattern.compile("listening on (http://\\S+)");
    private static final long START_TIMEOUT_SECONDS = 60;

    private final Process process;
    private final StringBuffer output = new StringBuffer();
    private final CompletableFuture<URI> endpoint = new CompletableFuture<>();
    private final Thread reader;

    private DevServerProcess(Map<String, String> environment, List<String> jvmOptions, List<String> args)
            throws IOException {
        List<String> command = new ArrayList<>(List.of(javaExecutable()));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", jar().toString()));
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(environment);
        this.process = builder.start();
        this.reader = new Thread(this::readOutput, "dev-server-output");
        reader.setDaemon(true);
        reader.start();
    }

    /** Starts the server and waits for its banner; fails with the server's output if it exits first. */
    public static DevServerProcess start(String... args) throws IOException {
        return startWith(Map.of(), args);
    }

    /** {@link #start(String...)} with these environment variables added to the inherited ones. */
    public static DevServerProcess startWith(Map<String, String> environment, String... args) throws IOException {
        return startWith(environment, List.of(), args);
    }

    /** {@link #start(String...)} with these JVM options after the README's. */
    public static DevServerProcess startWith(List<String> jvmOptions, String... args) throws IOException {
        return startWith(Map.of(), jvmOptions, args);
    }

    private static DevServerProcess startWith(Map<String, String> environment, List<String> jvmOptions,
                                              String... args) throws IOException {
        List<String> arguments = new ArrayList<>(Arrays.asList(args));
        if (!arguments.contains("--port")) {
            arguments.addAll(List.of("--port", "0"));
        }
        List<String> options = new ArrayList<>(startOptions());
        options.addAll(jvmOptions);
        DevServerProcess server = new DevServerProcess(environment, options, arguments);
        server.awaitBanner();
        return server;
    }

    /** Runs the jar to its end, for options that must make it exit (help, bad options, a busy port). */
    public static Finished run(String... args) throws IOException, InterruptedException {
        return runWith(startOptions(), args);
    }

    /** {@link #run(String...)} with these JVM options instead of the README's. */
    public static Finished runWith(List<String> jvmOptions, String... args) throws IOException, InterruptedException {
        DevServerProcess server = new DevServerProcess(Map.of(), jvmOptions, Arrays.asList(args));
        if (!server.process.waitFor(START_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            server.kill();
            throw new AssertionError("the emulator did not exit; output:\n" + server.output());
        }
        return new Finished(server.process.exitValue(), server.awaitOutputEnd());
    }

    public URI endpoint() {
        return endpoint.join();
    }

    public long pid() {
        return process.pid();
    }

    /** What the server printed so far, standard output and error interleaved. */
    public String output() {
        return output.toString();
    }

    /** SIGTERM, as a user's Ctrl-C or a container stop; returns the exit code once all output is read. */
    public int stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(START_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            kill();
            throw new AssertionError("the emulator did not stop on SIGTERM; output:\n" + output());
        }
        reader.join(TimeUnit.SECONDS.toMillis(START_TIMEOUT_SECONDS));
        return process.exitValue();
    }

    /** SIGKILL: no shutdown hook runs, as when a machine or a container dies. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    /** Kills the process if it still runs; never throws, so try-with-resources needs no InterruptedException. */
    @Override
    public void close() {
        if (process.isAlive()) {
            try {
                kill();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void awaitBanner() {
        try {
            endpoint.get(START_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            process.destroyForcibly();
            throw new AssertionError("the emulator did not start; output:\n" + output(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            throw new AssertionError("interrupted while the emulator started", e);
        }
    }

    private void readOutput() {
        try (BufferedReader lines = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                output.append(line).append('\n');
                Matcher banner = BANNER.matcher(line);
                if (banner.find()) {
                    endpoint.complete(URI.create(banner.group(1)));
                }
            }
        } catch (IOException e) {
            output.append("(output unreadable: ").append(e).append(")\n");
        }
        endpoint.completeExceptionally(new IllegalStateException("the emulator's output ended without a banner"));
    }

    private String awaitOutputEnd() {
        try {
            endpoint.handle((uri, failure) -> uri).get(START_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            // the output read so far is still worth showing
        }
        return output();
    }

    /** The packaged jar the build names in {@code emulator.jar}. */
    public static Path jar() {
        String configured = System.getProperty("emulator.jar");
        if (configured == null) {
            throw new IllegalStateException("system property emulator.jar is not set: run process tests through "
                    + "Maven's verify phase, which packages the jar first");
        }
        Path jar = Path.of(configured);
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("no emulator jar at " + jar + ": package emulator-server first");
        }
        return jar;
    }

    /**
     * The JVM options of the README's start command: the class data sharing archive the build writes
     * beside the jar, its messages off (a JVM that cannot use it loads the classes from the jar).
     */
    public static List<String> startOptions() {
        return startOptions(classArchive());
    }

    /** The start options with another class data sharing archive. */
    public static List<String> startOptions(Path archive) {
        return List.of("-XX:SharedArchiveFile=" + archive, "-Xlog:cds=off,cds+dynamic=off");
    }

    /** The class data sharing archive the build writes beside the jar. */
    public static Path classArchive() {
        return jar().resolveSibling("emulator-server.jsa");
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** How a process that was expected to exit ended. */
    public record Finished(int exitCode, String output) {
    }
}
