package dev.awsemulator.bench.server;

import dev.awsemulator.bench.Service;
import dev.awsemulator.bench.peer.ElasticMqServer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/** The targets of a run: the emulator's executable jar and the peers it is compared with. */
public final class Targets {

    private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    private static final String EMULATOR_MAIN = "dev.awsemulator.server.Main";
    private static final Target.ConnectionLimit MOTO_CONNECTIONS = new Target.ConnectionLimit(1_000,
            "moto serves each connection on its own Python thread; a trial with 10,000 long polls reached "
                    + "4,800 threads, connection resets and timeouts, and a load average above 100 on this "
                    + "2-core machine");

    private Targets() {
    }

    /**
     * {@code java -jar emulator-server.jar --port N}, exactly as the README starts it. Without the jar
     * (a build that stopped before {@code package}), the server's main class from this JVM's classpath
     * when it is there, as in this module's tests.
     */
    public static Target emulator(Path jar) {
        String description = "this project's `java -jar emulator-server.jar` (" + javaVersion() + ")";
        if (Files.isRegularFile(jar)) {
            return new Target("emulator", description, Set.of(Service.SQS), true, null,
                    Target.ConnectionLimit.NONE, port -> List.of(JAVA, Target.JVM_OPTIONS, "-jar", jar.toString(), "--port", Integer.toString(port)));
        }
        String classpath = System.getProperty("java.class.path");
        String unavailable = onClasspath(EMULATOR_MAIN) ? null
                : "no " + jar + " (build it: ./mvnw -B -ntp -pl benchmarks -am package -DskipTests)";
        return new Target("emulator", "this project's server from the classpath (" + javaVersion() + ")",
                Set.of(Service.SQS), true, unavailable, Target.ConnectionLimit.NONE,
                port -> List.of(JAVA, Target.JVM_OPTIONS, "-cp", classpath, EMULATOR_MAIN, "--port",
                        Integer.toString(port)));
    }

    /** ElasticMQ's embeddable server in its own JVM, from this module's classpath. */
    public static Target elasticMq(String classpath) {
        return new Target("elasticmq", "ElasticMQ " + ElasticMqServer.version() + " (elasticmq-rest-sqs, own JVM, "
                + javaVersion() + "; Pekko HTTP max-connections 20,000 and backlog 1,024 for the long polls)",
                Set.of(Service.SQS), true, null, Target.ConnectionLimit.NONE,
                port -> List.of(JAVA, Target.JVM_OPTIONS, "-cp", classpath, ElasticMqServer.class.getName(),
                        Integer.toString(port)));
    }

    /** {@code python3 -m moto.server}, when moto's server is installed. */
    public static Target moto() {
        String version = motoVersion();
        String unavailable = version == null ? "python3 with moto[server] is not installed" : null;
        return new Target("moto", "moto " + version + " (`python3 -m moto.server`, threaded Werkzeug)",
                Set.of(Service.SQS, Service.SNS, Service.KINESIS), false, unavailable, MOTO_CONNECTIONS,
                port -> List.of("python3", "-m", "moto.server", "-H", FreePort.LOOPBACK, "-p", Integer.toString(port)));
    }

    private static boolean onClasspath(String className) {
        try {
            Class.forName(className, false, Targets.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    private static String javaVersion() {
        return "Java " + System.getProperty("java.version") + ", default JVM options";
    }

    private static String motoVersion() {
        try {
            Process python = new ProcessBuilder("python3", "-c",
                    "import moto, moto.server, flask, werkzeug; print(moto.__version__)")
                    .redirectErrorStream(true).start();
            String output = new String(python.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            return python.waitFor() == 0 ? output : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
