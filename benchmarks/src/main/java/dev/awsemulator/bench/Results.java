package dev.awsemulator.bench;

import dev.awsemulator.bench.server.Target;
import dev.awsemulator.bench.workload.Measurement;
import dev.awsemulator.bench.workload.Workload;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Everything one run measured, with what it ran. */
public record Results(BenchSettings settings, List<Target> targets, List<Workload> workloads,
                      List<Measurement> measurements, Instant started, Duration took) {

    public Optional<Measurement> find(String workload, String target) {
        return measurements.stream()
                .filter(measurement -> measurement.workload().equals(workload) && measurement.target().equals(target))
                .findFirst();
    }

    public boolean allPassed() {
        return measurements.stream().allMatch(measurement -> measurement.check().passed());
    }
}
