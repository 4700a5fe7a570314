package dev.awsemulator.server;

import dev.awsemulator.server.testsupport.DevServerProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sqs.SqsClient;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The jar as users start it: options, environment variables, console output, exit codes. */
class DevServerIT {

    private static final String BANNER = "AWS emulator (SQS, SNS, Kinesis, MQ, MSK) listening on ";

    @Test
    void theJarServesSqsPrintsOnlyItsBannerAndStopsCleanlyOnSigterm() throws Exception {
        try (DevServerProcess server = DevServerProcess.start()) {
            try (SqsClient sqs = sqs(server.endpoint())) {
                String url = sqs.createQueue(r -> r.queueName("from-the-jar")).queueUrl();
                assertThat(url).isEqualTo(server.endpoint() + "/000000000000/from-the-jar");
            }

            // 128 + SIGTERM: the JVM's own exit code once the shutdown hook has closed the server.
            assertThat(server.stop()).isEqualTo(143);
            assertThat(server.output()).isEqualTo(BANNER + server.endpoint() + "\n");
        }
    }

    @Test
    void atDebugLevelEveryRequestIsLoggedAndFailuresCarryTheirAwsCode() throws Exception {
        try (DevServerProcess server = DevServerProcess.start("--log-level", "debug");
             SqsClient sqs = sqs(server.endpoint())) {
            sqs.createQueue(r -> r.queueName("logged"));
            try {
                sqs.getQueueUrl(r -> r.queueName("absent"));
            } catch (software.amazon.awssdk.services.sqs.model.QueueDoesNotExistException expected) {
                // logged below
            }

            server.stop();
            assertThat(server.output()).containsPattern("DEBUG requests sqs CreateQueue json 200 \\d+\\.\\d ms")
                    .containsPattern("INFO requests sqs GetQueueUrl json 400 QueueDoesNotExist \\d+\\.\\d ms");
        }
    }

    @Test
    void anEnvironmentVariableSetsAnOption() throws Exception {
        try (DevServerProcess server = DevServerProcess.startWith(Map.of("EMULATOR_ACCOUNT", "123456789012"));
             SqsClient sqs = sqs(server.endpoint())) {
            String url = sqs.createQueue(r -> r.queueName("in-another-account")).queueUrl();

            assertThat(url).isEqualTo(server.endpoint() + "/123456789012/in-another-account");
        }
    }

    @Test
    void helpPrintsEveryOptionAndExitsWithZero() throws Exception {
        DevServerProcess.Finished finished = DevServerProcess.run("--help");

        assertThat(finished.exitCode()).isZero();
        assertThat(finished.output()).contains("--config FILE", "EMULATOR_CONFIG", "--log-level LEVEL",
                "GET /_emulator/dashboard", "POST /_emulator/reset");
    }

    @Test
    void aMistypedOptionOrADurationWithoutUnitExitsWithCodeTwoAndSaysWhatWasMeant() throws Exception {
        DevServerProcess.Finished typo = DevServerProcess.run("--prot", "5000");
        DevServerProcess.Finished unitless = DevServerProcess.run("--kinesis-transition-delay", "5");

        assertThat(typo.exitCode()).isEqualTo(2);
        assertThat(typo.output()).isEqualTo("emulator: unknown option --prot: did you mean --port? (see --help)\n");
        assertThat(unitless.exitCode()).isEqualTo(2);
        assertThat(unitless.output())
                .isEqualTo("emulator: --kinesis-transition-delay needs a unit: 5ms or 5s, not 5\n");
    }

    @Test
    void aBadOptionExitsWithCodeTwoAndSaysWhy() throws Exception {
        DevServerProcess.Finished finished = DevServerProcess.run("--port", "http");

        assertThat(finished.exitCode()).isEqualTo(2);
        assertThat(finished.output()).isEqualTo("emulator: --port must be a number from 0 to 65535, not http\n");
    }

    @Test
    void aBusyPortExitsWithCodeOneAndSaysWhy() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            DevServerProcess.Finished finished = DevServerProcess.run("--port", String.valueOf(taken.getLocalPort()));

            assertThat(finished.exitCode()).isEqualTo(1);
            assertThat(finished.output()).startsWith("emulator: cannot listen on 127.0.0.1:" + taken.getLocalPort()
                    + ": Address already in use").doesNotContain("listening on");
        }
    }

    @Test
    void theClassArchiveTheBuildWritesFitsThisJdkAndTheJar() throws Exception {
        // -Xshare:on: a JVM that cannot map the archive refuses to start instead of loading from the jar.
        DevServerProcess.Finished finished = DevServerProcess.runWith(
                List.of("-Xshare:on", "-XX:SharedArchiveFile=" + DevServerProcess.classArchive()), "--help");

        assertThat(finished.exitCode()).isZero();
        assertThat(finished.output()).startsWith("Usage: java -jar emulator-server.jar");
    }

    @Test
    void theLauncherGivesTheJvmTheClassFileItsJdkCanUse() throws Exception {
        // The build's JDK wrote the files. JDK 25 and later take the ahead-of-time cache, older JDKs the class
        // data sharing archive; told to insist (AOTMode=on, -Xshare:on), a JVM refuses to start without it.
        boolean aotCache = Runtime.version().feature() >= 25;

        String output = launcherOutput("-XX:+PrintCommandLineFlags " + (aotCache ? "-XX:AOTMode=on" : "-Xshare:on"));

        Path expected = DevServerProcess.jar().resolveSibling(aotCache ? "emulator-server.aot" : "emulator-server.jsa");
        assertThat(output).contains((aotCache ? "-XX:AOTCache=" : "-XX:SharedArchiveFile=") + expected)
                .endsWith(DevServerProcess.run("--help").output());
    }

    @Test
    void theLauncherAsksForHugePagesWhereTheKernelOffersThemAndTheUsersOptionsWin() throws Exception {
        Path modes = Path.of("/sys/kernel/mm/transparent_hugepage/enabled");
        boolean offered = Files.isReadable(modes)
                && Pattern.compile("\\[(always|madvise)]").matcher(Files.readString(modes)).find();
        String usage = DevServerProcess.run("--help").output();

        String asGiven = launcherOutput("-XX:+PrintCommandLineFlags");
        String refused = launcherOutput("-XX:+PrintCommandLineFlags -XX:-UseTransparentHugePages");

        assertThat(asGiven).endsWith(usage);
        assertThat(asGiven.contains("-XX:+UseTransparentHugePages")).as(asGiven).isEqualTo(offered);
        assertThat(refused).endsWith(usage).contains("-XX:-UseTransparentHugePages")
                .doesNotContain("-XX:+UseTransparentHugePages");
    }

    /** What {@code bin/aws-emulator --help} prints on this JVM with {@code javaOptions} in {@code JAVA_OPTS}. */
    private static String launcherOutput(String javaOptions) throws IOException, InterruptedException {
        Path launcher = DevServerProcess.jar().getParent().resolveSibling("bin").resolve("aws-emulator");
        ProcessBuilder start = new ProcessBuilder("sh", launcher.toString(), "--help").redirectErrorStream(true);
        start.environment().put("JAVA_HOME", System.getProperty("java.home"));
        start.environment().put("JAVA_OPTS", javaOptions);
        Process process = start.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(output).isZero();
        return output;
    }

    @Test
    void theStartCommandIgnoresAMissingOrForeignClassArchiveSilently(@TempDir Path directory) throws Exception {
        // An archive of another jar file, as a moved or rebuilt jar meets: the JVM warns unless told not to.
        Path otherJar = Files.copy(DevServerProcess.jar(), directory.resolve("other.jar"));
        Path foreign = directory.resolve("foreign.jsa");
        Process training = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:ArchiveClassesAtExit=" + foreign, "-jar", otherJar.toString(), "--help")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectErrorStream(true).start();
        assertThat(training.waitFor()).isZero();
        assertThat(foreign).isRegularFile();
        String usage = DevServerProcess.run("--help").output();

        for (Path archive : List.of(directory.resolve("missing.jsa"), foreign)) {
            DevServerProcess.Finished finished = DevServerProcess.runWith(DevServerProcess.startOptions(archive),
                    "--help");

            assertThat(finished.exitCode()).isZero();
            assertThat(finished.output()).isEqualTo(usage);
        }
    }

    static SqsClient sqs(URI endpoint) {
        return SqsClient.builder()
                .endpointOverride(endpoint)
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                .build();
    }
}
