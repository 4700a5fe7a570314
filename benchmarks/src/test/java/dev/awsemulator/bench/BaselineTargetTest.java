package dev.awsemulator.bench;

import dev.awsemulator.bench.report.ResultsReport;
import dev.awsemulator.bench.server.Target;
import dev.awsemulator.bench.server.Targets;
import dev.awsemulator.bench.sqs.StartupWorkload;
import dev.awsemulator.bench.workload.Check;
import dev.awsemulator.bench.workload.Measurement;
import dev.awsemulator.bench.workload.Metric;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@code --baseline-jar}: another build's jar as the target emulator-baseline, compared like a peer. */
class BaselineTargetTest {

    private static final Path MODULE = Path.of("").toAbsolutePath();

    @Test
    void theBaselineTargetNeedsTheOption() {
        assertThatThrownBy(() -> CommandLine.parse(new String[] {"--targets", "emulator,emulator-baseline"}, MODULE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("emulator-baseline")
                .hasMessageContaining("--baseline-jar");
    }

    @Test
    void theOptionGivesTheJar() {
        CommandLine options = CommandLine.parse(new String[] {"--smoke", "--targets", "emulator,emulator-baseline",
                "--baseline-jar", "/old/emulator-server.jar"}, MODULE);

        assertThat(options.baselineJar()).isEqualTo(Path.of("/old/emulator-server.jar"));
        assertThat(options.targets()).containsExactly("emulator", "emulator-baseline");
        assertThat(CommandLine.parse(new String[] {"--smoke"}, MODULE).baselineJar()).isNull();
    }

    @Test
    void startsTheOtherJarWithItsArchiveAndLacksTheEmbeddedRun(@TempDir Path build) throws Exception {
        Path jar = Files.createFile(build.resolve("emulator-server.jar"));
        Files.createFile(build.resolve("emulator-server.jsa"));

        Target target = Targets.emulatorBaseline(jar);

        assertThat(target.name()).isEqualTo("emulator-baseline");
        assertThat(target.available()).isTrue();
        assertThat(target.description()).contains(jar.toString()).doesNotContain("no archive");
        assertThat(target.command(4567, List.of("-Xmx1g"))).containsExactly(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g",
                "-XX:SharedArchiveFile=" + build.resolve("emulator-server.jsa"), "-Xlog:cds=off,cds+dynamic=off",
                "-jar", jar.toString(), "--port", "4567");
        assertThat(target.lacking()).containsOnlyKeys("embedded-run");
        assertThat(target.lacking().get("embedded-run")).contains("this build's");
    }

    @Test
    void startsABuildWithALauncherThroughItOnThisJvm(@TempDir Path checkout) throws Exception {
        Path module = checkout.resolve("emulator-server");
        Path jar = Files.createFile(Files.createDirectories(module.resolve("target")).resolve("emulator-server.jar"));
        Path launcher = Files.createFile(Files.createDirectories(module.resolve("bin")).resolve("aws-emulator"));
        assertThat(launcher.toFile().setExecutable(true)).isTrue();

        Target target = Targets.emulatorBaseline(jar);

        assertThat(target.description()).contains("`emulator-server/bin/aws-emulator`, the README's start command");
        assertThat(target.command(4567, List.of("-Xmx1g", "-Xss1m"))).containsExactly("env",
                "JAVA_HOME=" + System.getProperty("java.home"), "JAVA_OPTS=-Xmx1g -Xss1m", launcher.toString(),
                "--port", "4567");
    }

    @Test
    void withoutTheJarItIsNotAvailableRatherThanThisBuild(@TempDir Path build) {
        Path missing = build.resolve("emulator-server.jar");

        Target target = Targets.emulatorBaseline(missing);

        assertThat(target.available()).isFalse();
        assertThat(target.unavailable()).contains(missing.toString());
    }

    @Test
    void theResultsHaveARatioColumnForTheBaseline(@TempDir Path build) throws Exception {
        Path jar = Files.createFile(build.resolve("emulator-server.jar"));
        List<Target> targets = List.of(Targets.emulator(jar), Targets.emulatorBaseline(jar));
        BenchSettings settings = BenchSettings.smoke();
        Results results = new Results(settings, targets, List.of(new StartupWorkload(settings)), List.of(
                new Measurement("startup", "emulator", Map.of(Metric.START_MS, 600.0), new Check(true, "ok")),
                new Measurement("startup", "emulator-baseline", Map.of(Metric.START_MS, 800.0), new Check(true, "ok"))),
                Instant.now(), Duration.ofSeconds(1));

        String markdown = ResultsReport.markdown(results, List.of(), "Test.");

        assertThat(markdown).contains("- **emulator-baseline**: another build's").contains(jar.toString());
        assertThat(markdown).contains("| workload | metric | emulator | emulator-baseline | ÷ emulator-baseline |");
        assertThat(markdown).contains("| startup | start to first answer (median) (ms) ↓ | 600 | 800 | 0.75× |");
    }
}
