package dev.awsemulator.bench.server;

import dev.awsemulator.bench.Service;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * A server to benchmark, started as its own OS process so that its CPU time, memory and threads can
 * be read from /proc.
 *
 * @param name        short name used in tables ({@code emulator}, {@code elasticmq}, {@code moto})
 * @param description what exactly runs, for the results file
 * @param services    what it serves; workloads of other services skip it
 * @param java        whether it is a JVM, which takes JVM options (profiling) and {@code jcmd}
 * @param unavailable why it cannot run on this machine, or null
 * @param connections how many concurrent connections workloads may open to it
 * @param cbor        whether SDK clients may speak CBOR to its Kinesis (the SDK's default); if not they
 *                    fall back to AWS JSON 1.1, as {@code -Daws.cborEnabled=false} makes them
 * @param lacking     workloads it cannot run although it serves their service (an operation it does not
 *                    implement), each with why; they are reported as skipped
 * @param command     the command line for a port; for a JVM, the JVM options go after {@link #JVM_OPTIONS}, or
 *                    into {@link #JAVA_OPTS} for one started by a launcher
 * @param dataRoot    where the target keeps state on disk, one directory per port (see {@link #dataDirectory}),
 *                    deleted when its process stops; null for a target that keeps its state in memory
 */
public record Target(String name, String description, Set<Service> services, boolean java, String unavailable,
                     ConnectionLimit connections, boolean cbor, Map<String, String> lacking, IntFunction<List<String>> command,
                     Path dataRoot) {

    /** At most {@code max} concurrent connections, and why; workloads needing more skip the target. */
    public record ConnectionLimit(int max, String why) {
        public static final ConnectionLimit NONE = new ConnectionLimit(Integer.MAX_VALUE, "");
    }

    /** Placeholder in a JVM target's command line where extra JVM options are inserted. */
    static final String JVM_OPTIONS = "<jvm-options>";

    /**
     * Placeholder in a JVM target's command line ({@code env ... launcher}) for {@code JAVA_OPTS=} and the
     * extra JVM options, which a launcher passes to its JVM.
     */
    static final String JAVA_OPTS = "<java-opts>";

    /** Placeholder in a command line for {@link #dataDirectory} of its port. */
    static final String DATA_DIRECTORY = "<data-directory>";

    /** The data directory of the process on {@code port}: fresh for each start, like the memory of the others. */
    public Path dataDirectory(int port) {
        return dataRoot == null ? null : dataRoot.resolve("port-" + port);
    }

    public boolean available() {
        return unavailable == null;
    }

    public boolean serves(Service service) {
        return services.contains(service);
    }

    /** What start-up probes ask: SQS ListQueues, or Kinesis ListStreams of a server without SQS. */
    public Service probedService() {
        return serves(Service.SQS) ? Service.SQS : Service.KINESIS;
    }

    /**
     * The command line for {@code port}, with {@code jvmOptions} in place for a JVM target and the
     * port's data directory in place for a target that keeps one.
     */
    public List<String> command(int port, List<String> jvmOptions) {
        List<String> line = new ArrayList<>();
        for (String part : command.apply(port)) {
            if (part.equals(JVM_OPTIONS)) {
                line.addAll(jvmOptions);
            } else if (part.equals(JAVA_OPTS)) {
                line.add("JAVA_OPTS=" + String.join(" ", jvmOptions));
            } else if (part.equals(DATA_DIRECTORY)) {
                line.add(dataDirectory(port).toString());
            } else {
                line.add(part);
            }
        }
        return line;
    }
}
