package dev.awsemulator.bench.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Stream;

/** One running target on its own port, its output in a log file; closing it stops the process. */
public final class ServerProcess implements AutoCloseable {

    private static final long PROBE_INTERVAL_NANOS = TimeUnit.MILLISECONDS.toNanos(2);

    private final Target target;
    private final Process process;
    private final int port;
    private final Path log;
    private final long startedAt;
    private Duration startup;

    private ServerProcess(Target target, Process process, int port, Path log, long startedAt) {
        this.target = target;
        this.process = process;
        this.port = port;
        this.log = log;
        this.startedAt = startedAt;
    }

    /** Starts {@code target} and waits until it answers a request (see {@link Target#probedService()}). */
    public static ServerProcess start(Target target, List<String> jvmOptions, Path logDir, Duration timeout) {
        int port = FreePort.find();
        Path log = logDir.resolve(target.name() + "-" + port + ".log");
        ProcessBuilder builder = new ProcessBuilder(target.command(port, jvmOptions))
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        long startedAt = System.nanoTime();
        try {
            ServerProcess server = new ServerProcess(target, builder.start(), port, log, startedAt);
            server.awaitFirstAnswer(timeout);
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("could not start " + target.name(), e);
        }
    }

    private void awaitFirstAnswer(Duration timeout) {
        long deadline = startedAt + timeout.toNanos();
        while (!FirstAnswerProbe.answers(port, target.probedService())) {
            if (!process.isAlive()) {
                throw new IllegalStateException(target.name() + " exited with " + process.exitValue() + "; see " + log);
            }
            if (System.nanoTime() > deadline) {
                close();
                throw new IllegalStateException(target.name() + " did not answer within " + timeout + "; see " + log);
            }
            LockSupport.parkNanos(PROBE_INTERVAL_NANOS);
        }
        startup = Duration.ofNanos(System.nanoTime() - startedAt);
    }

    /** From starting the process to its first successful answer. */
    public Duration startup() {
        return startup;
    }

    public URI endpoint() {
        return URI.create("http://" + FreePort.LOOPBACK + ":" + port);
    }

    public ProcessSample sample() {
        return ProcessSample.of(process.pid());
    }

    /** Asks a JVM target for a full garbage collection ({@code jcmd <pid> GC.run}); false if it cannot. */
    public boolean collectGarbage() throws InterruptedException {
        if (!target.java()) {
            return false;
        }
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        try {
            Process run = new ProcessBuilder(jcmd.toString(), Long.toString(process.pid()), "GC.run")
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return run.waitFor(30, TimeUnit.SECONDS) && run.exitValue() == 0;
        } catch (IOException e) {
            return false;
        }
    }

    /** Stops the process (SIGTERM, then SIGKILL after ten seconds) and deletes its data directory. */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        deleteDataDirectory();
    }

    /** Gigabytes after a Kinesis workload: kept, the directories of a full run would fill a small disk. */
    private void deleteDataDirectory() {
        Path directory = target.dataDirectory(port);
        if (directory == null || !Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not delete " + directory, e);
        }
    }
}
