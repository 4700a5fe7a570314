package dev.awsemulator.bench.kafka;

import dev.awsemulator.bench.server.FreePort;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.Uuid;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The baseline: a plain Kafka broker (a combined KRaft broker and controller) started as Kafka's own
 * {@code kafka.Kafka} main in a JVM of its own, from the same jar and with the same settings as the broker the
 * emulator runs for a one-broker plaintext cluster, so that what differs is only the emulator around it.
 */
final class PlainKafkaBroker implements AutoCloseable {

    private final Process process;
    private final Path directory;
    private final String bootstrap;

    private PlainKafkaBroker(Process process, Path directory, String bootstrap) {
        this.process = process;
        this.directory = directory;
        this.bootstrap = bootstrap;
    }

    /** Formats a fresh log directory with Kafka's storage tool, starts the broker and waits until it serves. */
    static PlainKafkaBroker start(String java, Path jar, Path logDir) throws IOException, InterruptedException {
        Path directory = Files.createTempDirectory("plain-kafka");
        int port = FreePort.find();
        int controllerPort = FreePort.find();
        Path properties = Files.writeString(directory.resolve("server.properties"),
                settings(directory.resolve("logs"), port, controllerPort).entrySet().stream()
                        .map(entry -> entry.getKey() + "=" + entry.getValue()).collect(Collectors.joining("\n")));
        run(new ProcessBuilder(java, "-cp", jar.toString(), "kafka.tools.StorageTool", "format", "-t",
                Uuid.randomUuid().toString(), "-c", properties.toString())
                .redirectErrorStream(true).redirectOutput(logDir.resolve("plain-kafka-format.log").toFile()));
        Process process = new ProcessBuilder(java, "-cp", jar.toString(), "kafka.Kafka", properties.toString())
                .redirectErrorStream(true).redirectOutput(logDir.resolve("plain-kafka.log").toFile()).start();
        PlainKafkaBroker broker = new PlainKafkaBroker(process, directory, "127.0.0.1:" + port);
        broker.awaitServing();
        return broker;
    }

    /** The emulator's settings for broker 1 of a one-broker plaintext cluster with MSK's default configuration. */
    private static Map<String, String> settings(Path logs, int port, int controllerPort) {
        return Map.ofEntries(
                Map.entry("process.roles", "broker,controller"),
                Map.entry("node.id", "1"),
                Map.entry("controller.quorum.voters", "1@127.0.0.1:" + controllerPort),
                Map.entry("controller.listener.names", "CONTROLLER"),
                Map.entry("listeners", "CONTROLLER://127.0.0.1:" + controllerPort + ",PLAINTEXT://127.0.0.1:" + port),
                Map.entry("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port),
                Map.entry("listener.security.protocol.map", "CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT"),
                Map.entry("inter.broker.listener.name", "PLAINTEXT"),
                Map.entry("log.dirs", logs.toString()),
                Map.entry("num.network.threads", "1"),
                Map.entry("num.io.threads", "2"),
                Map.entry("background.threads", "2"),
                Map.entry("num.replica.fetchers", "1"),
                Map.entry("num.recovery.threads.per.data.dir", "1"),
                Map.entry("log.cleaner.threads", "1"),
                Map.entry("log.cleaner.dedupe.buffer.size", "2097152"),
                Map.entry("group.coordinator.threads", "1"),
                Map.entry("share.coordinator.threads", "1"),
                Map.entry("offsets.topic.num.partitions", "5"),
                Map.entry("transaction.state.log.num.partitions", "5"),
                Map.entry("group.initial.rebalance.delay.ms", "0"),
                Map.entry("offsets.topic.replication.factor", "1"),
                Map.entry("transaction.state.log.replication.factor", "1"),
                Map.entry("transaction.state.log.min.isr", "1"),
                Map.entry("auto.create.topics.enable", "false"),
                Map.entry("allow.everyone.if.no.acl.found", "true"));
    }

    private static void run(ProcessBuilder builder) throws IOException, InterruptedException {
        Process process = builder.start();
        if (!process.waitFor(2, TimeUnit.MINUTES) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IllegalStateException("Kafka's storage tool failed: " + builder.command());
        }
    }

    private void awaitServing() throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (true) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the plain Kafka broker exited with " + process.exitValue());
            }
            if (Instant.now().isAfter(deadline)) {
                close();
                throw new IllegalStateException("the plain Kafka broker did not serve within two minutes");
            }
            if (serves()) {
                return;
            }
            Thread.sleep(20);
        }
    }

    private boolean serves() {
        try (Admin admin = Admin.create(Map.<String, Object>of("bootstrap.servers", bootstrap))) {
            return !admin.describeCluster().nodes().get(5, TimeUnit.SECONDS).isEmpty();
        } catch (Exception notYet) {
            return false; // not listening yet, or not yet answering metadata requests
        }
    }

    String bootstrap() {
        return bootstrap;
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
