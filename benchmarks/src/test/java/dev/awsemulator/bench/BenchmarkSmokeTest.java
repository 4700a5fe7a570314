package dev.awsemulator.bench;

import dev.awsemulator.bench.report.ResultsReport;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The CI smoke run: every workload for a moment against the emulator started as its own process,
 * checking only that nothing was lost and nothing failed. No thresholds: this machine's speed says
 * nothing about the code.
 */
class BenchmarkSmokeTest {

    @Test
    void everyWorkloadLosesNothingAgainstTheEmulator() throws Exception {
        String jar = System.getProperty("bench.emulatorJar", "../emulator-server/target/emulator-server.jar");
        CommandLine options = CommandLine.parse(new String[] {"--smoke", "--emulator-jar", jar},
                Path.of("").toAbsolutePath());

        Results results = Main.run(options);

        System.out.print(ResultsReport.markdown(results, List.of(), "Smoke run."));
        assertThat(results.measurements()).hasSize(results.workloads().size());
        assertThat(results.measurements()).allSatisfy(measurement -> assertThat(measurement.check().passed())
                .as("%s: %s", measurement.workload(), measurement.check().detail()).isTrue());
    }
}
