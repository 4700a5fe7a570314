package dev.awsemulator.bench.server;

import dev.awsemulator.bench.Service;
import dev.awsemulator.bench.peer.ElasticMqServer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/** The targets of a run: the emulator's executable jar and the peers it is compared with. */
public final class Targets {

    /** The name of {@link #emulatorBaseline}'s target. */
    public static final String BASELINE = "emulator-baseline";

    private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    private static final String EMULATOR_MAIN = "dev.awsemulator.server.Main";
    private static final Target.ConnectionLimit MOTO_CONNECTIONS = new Target.ConnectionLimit(1_000,
            "moto serves each connection on its own Python thread; a trial with 10,000 long polls reached "
                    + "4,800 threads, connection resets and timeouts, and a load average above 100 on this "
                    + "2-core machine");
    private static final String NO_SUBSCRIBE = "no SubscribeToShard (enhanced fan-out)";
    private static final String NO_BROKER = "its Amazon MQ is a control plane: no broker to connect to";
    private static final String EMBEDDED_RUN = "embedded-run";
    private static final String NO_EMBEDDED = "it runs only as a process of its own, not inside a test JVM";
    private static final String EMBEDDED_IN_MEMORY = "the JUnit extension keeps its state in memory";
    private static final String EMBEDDED_THIS_BUILD = "the embedded run uses this build's JUnit extension, "
            + "not the baseline's";
    // Both peers fail PutRecords over CBOR with SDK v2: kinesalite's CBOR answer does not parse ("expecting
    // VALUE_STRING, got START_OBJECT"; kinesalite#31, #101), moto answers a CBOR request with HTTP 500.

    private Targets() {
    }

    /**
     * {@code emulator-server/bin/aws-emulator --port N}, the README's start command (the class data sharing
     * archive the build writes beside the jar and the launcher's other JVM options), on this JVM. Without the
     * jar (a build that stopped before {@code package}), the server's main class from this JVM's classpath
     * when it is there, as in this module's tests.
     */
    public static Target emulator(Path jar) {
        return emulator("emulator", jar, null);
    }

    /**
     * The same with {@code --data-dir}: every change journaled before it is answered, a fresh directory
     * for each start (under {@code dataRoot}, deleted when the process stops). Its ratios show what
     * persistence costs: emulator ÷ emulator-data-dir.
     */
    public static Target emulatorWithDataDirectory(Path jar, Path dataRoot) {
        return emulator("emulator-data-dir", jar, dataRoot);
    }

    /**
     * Another build's jar, started as its build's README started it (through its launcher when it has one),
     * so that a run reports this build ÷ that one like any peer. Never this build's classes in its place:
     * without the jar it is not available. {@code embedded-run} runs this module's classpath, hence this build's
     * extension, whatever the jar, so it is lacking here.
     */
    public static Target emulatorBaseline(Path jar) {
        Map<String, String> lacking = Map.of(EMBEDDED_RUN, EMBEDDED_THIS_BUILD);
        if (Files.isRegularFile(jar)) {
            return fromJar(BASELINE, "another build's", jar.toString(), jar, "", lacking, null);
        }
        return new Target(BASELINE, "another build's " + jar, EnumSet.allOf(Service.class), true, "no " + jar,
                Target.ConnectionLimit.NONE, true, lacking, port -> List.of(), null);
    }

    private static Target emulator(String name, Path jar, Path dataRoot) {
        String persistence = dataRoot == null ? "" : ", `--data-dir` on a fresh temporary directory for each start";
        Set<Service> all = EnumSet.allOf(Service.class);
        Map<String, String> lacking = dataRoot == null ? Map.of() : Map.of(EMBEDDED_RUN, EMBEDDED_IN_MEMORY);
        if (Files.isRegularFile(jar)) {
            return fromJar(name, "this project's", "emulator-server.jar", jar, persistence, lacking, dataRoot);
        }
        String classpath = System.getProperty("java.class.path");
        String unavailable = onClasspath(EMULATOR_MAIN) ? null
                : "no " + jar + " (build it: ./mvnw -B -ntp -pl benchmarks -am package -DskipTests)";
        return new Target(name, "this project's server from the classpath (" + javaVersion() + persistence + ")",
                all, true, unavailable, Target.ConnectionLimit.NONE, true, lacking,
                port -> withDataDirectory(List.of(JAVA, Target.JVM_OPTIONS, "-cp", classpath, EMULATOR_MAIN, "--port",
                        Integer.toString(port)), dataRoot), dataRoot);
    }

    /**
     * A build's jar as its README starts it: through the build's launcher ({@code bin/aws-emulator} beside
     * the jar's {@code target} directory), which chooses the JVM options, with {@code JAVA_HOME} naming this
     * JVM and the extra JVM options in {@code JAVA_OPTS}; {@code env} and the launcher each replace
     * themselves, so the process measured is the JVM's. A build from before the launcher is started as its
     * README started it then: {@code java -XX:SharedArchiveFile=<the jsa beside the jar>
     * -Xlog:cds=off,cds+dynamic=off -jar jar --port N}.
     */
    private static Target fromJar(String name, String whose, String shownJar, Path jar, String details,
                                  Map<String, String> lacking, Path dataRoot) {
        Path archive = jar.resolveSibling("emulator-server.jsa");
        String environment = javaVersion() + (Files.isRegularFile(archive) ? "" : "; no archive") + details;
        Path launcher = launcherOf(jar);
        if (launcher != null) {
            return new Target(name, whose + " `" + launcher.getParent().getParent().getFileName() + "/bin/"
                    + launcher.getFileName() + "`, the README's start command (" + environment + ")",
                    EnumSet.allOf(Service.class), true, null, Target.ConnectionLimit.NONE, true, lacking,
                    port -> withDataDirectory(List.of("env", "JAVA_HOME=" + System.getProperty("java.home"),
                            Target.JAVA_OPTS, launcher.toString(), "--port", Integer.toString(port)), dataRoot),
                    dataRoot);
        }
        String description = whose + " `java -XX:SharedArchiveFile=emulator-server.jsa -jar " + shownJar + "` ("
                + environment + ")";
        return new Target(name, description, EnumSet.allOf(Service.class), true, null, Target.ConnectionLimit.NONE,
                true, lacking, port -> withDataDirectory(List.of(JAVA, Target.JVM_OPTIONS, "-XX:SharedArchiveFile="
                        + archive, "-Xlog:cds=off,cds+dynamic=off", "-jar", jar.toString(), "--port",
                        Integer.toString(port)), dataRoot), dataRoot);
    }

    /**
     * The launcher of {@code jar}'s build: {@code <module>/bin/aws-emulator} for
     * {@code <module>/target/emulator-server.jar}; null when there is none.
     */
    static Path launcherOf(Path jar) {
        Path targetDirectory = jar.toAbsolutePath().getParent();
        if (!jar.getFileName().toString().equals("emulator-server.jar") || targetDirectory.getParent() == null) {
            return null;
        }
        Path launcher = targetDirectory.resolveSibling("bin").resolve("aws-emulator");
        return Files.isExecutable(launcher) ? launcher : null;
    }

    private static List<String> withDataDirectory(List<String> command, Path dataRoot) {
        if (dataRoot == null) {
            return command;
        }
        List<String> line = new ArrayList<>(command);
        line.add("--data-dir");
        line.add(Target.DATA_DIRECTORY);
        return line;
    }

    /** ElasticMQ's embeddable server in its own JVM, from this module's classpath. */
    public static Target elasticMq(String classpath) {
        return new Target("elasticmq", "ElasticMQ " + ElasticMqServer.version() + " (elasticmq-rest-sqs, own JVM, "
                + javaVersion() + "; Pekko HTTP max-connections 20,000 and backlog 1,024 for the long polls)",
                Set.of(Service.SQS), true, null, Target.ConnectionLimit.NONE, true, Map.of(),
                port -> List.of(JAVA, Target.JVM_OPTIONS, "-cp", classpath, ElasticMqServer.class.getName(),
                        Integer.toString(port)), null);
    }

    /**
     * kinesalite (npm), in memory, from {@code benchmarks/kinesalite} (installed there with {@code npm ci}
     * from its package-lock.json on first use), with stream transitions made instant as the emulator's are.
     */
    public static Target kinesalite(Path moduleDir) {
        Path dir = moduleDir.resolve("kinesalite");
        Path cli = dir.resolve("node_modules").resolve("kinesalite").resolve("cli.js");
        String unavailable = Files.isRegularFile(cli) ? null : npmCi(dir);
        String version = unavailable == null ? output(List.of("node", "-p", "require('" + dir.resolve("node_modules")
                .resolve("kinesalite").resolve("package.json") + "').version + ' on Node ' + process.version")) : null;
        return new Target("kinesalite", "kinesalite " + version + " (npm, in memory, `--createStreamMs 0`; "
                + "AWS JSON 1.1, since its CBOR fails)",
                Set.of(Service.KINESIS), false, unavailable, Target.ConnectionLimit.NONE, false,
                Map.of("kinesis-subscribe", NO_SUBSCRIBE),
                port -> List.of("node", cli.toString(), "--port", Integer.toString(port), "--createStreamMs", "0",
                        "--deleteStreamMs", "0", "--updateStreamMs", "0"), null);
    }

    /** {@code python3 -m moto.server}, when moto's server is installed. */
    public static Target moto() {
        String version = output(List.of("python3", "-c",
                "import moto, moto.server, flask, werkzeug; print(moto.__version__)"));
        String unavailable = version == null ? "python3 with moto[server] is not installed" : null;
        return new Target("moto", "moto " + version + " (`python3 -m moto.server`, threaded Werkzeug; Kinesis over "
                + "AWS JSON 1.1, since it fails CBOR)",
                EnumSet.allOf(Service.class), false, unavailable, MOTO_CONNECTIONS, false,
                Map.of("kinesis-subscribe", NO_SUBSCRIBE, "mq-broker", NO_BROKER, EMBEDDED_RUN, NO_EMBEDDED),
                port -> List.of("python3", "-m", "moto.server", "-H", FreePort.LOOPBACK, "-p", Integer.toString(port)), null);
    }

    /** Installs kinesalite from the lock file; null when it worked, else why not. */
    private static String npmCi(Path dir) {
        if (output(List.of("node", "--version")) == null) {
            return "node is not installed";
        }
        try {
            Process npm = new ProcessBuilder("npm", "ci", "--no-audit", "--no-fund").directory(dir.toFile())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            boolean done = npm.waitFor(5, TimeUnit.MINUTES);
            return done && npm.exitValue() == 0 ? null : "`npm ci` in " + dir + " failed";
        } catch (IOException e) {
            return "npm is not installed (" + e.getMessage() + ")";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted while installing";
        }
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

    /** What a command prints, trimmed; null if it cannot run or fails. */
    private static String output(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            return process.waitFor() == 0 ? output : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
