package dev.awsemulator.bench;

import dev.awsemulator.bench.server.Target;
import dev.awsemulator.bench.workload.Measurement;
import dev.awsemulator.bench.workload.Workload;
import dev.awsemulator.bench.workload.WorkloadContext;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs every workload against every target that serves its service, one at a time: workload by
 * workload, so that the targets of one comparison are measured minutes apart at most, and in rounds
 * where the workload asks for them, the targets taking turns, each round starting one target further on.
 * Before the rounds of a workload this JVM drives, one round against the first target warms this JVM's
 * clients and is not counted, also when there is only one round. Both because the clients keep getting faster
 * for a minute or more of load (their JIT shares the 2 cores with the server): with the same build as two
 * targets, the one measured first reached 0.60-0.68x the other's throughput in the first round even after
 * such a round (roundtrip and SendMessage), 0.92-1.14x in later ones, and without one the long polls' first
 * target had 1.3x the other's p50 latency and 1.9x its p99; a fixed order gave that handicap to the same
 * target every time. A smoke run, which only checks correctness, has no such round.
 *
 * @param recordingDir where JVM targets write flight recordings, or null for no profiling
 */
public record BenchmarkRun(BenchSettings settings, List<Target> targets, List<Workload> workloads, Path logDir,
                           Path recordingDir, PrintStream progress) {

    public Results run() {
        Instant started = Instant.now();
        List<Measurement> measurements = new ArrayList<>();
        targets.stream().filter(target -> !target.available())
                .forEach(target -> progress.println(target.name() + ": not available, skipped (" + target.unavailable() + ")"));
        for (Workload workload : workloads) {
            List<Target> serving = targets.stream()
                    .filter(target -> target.available() && target.serves(workload.service())).toList();
            if (settings.clientWarmUp() && workload.drivenFromHere() && !serving.isEmpty()) {
                measure(workload, serving.get(0), "warm-up");
            }
            Map<Target, List<Measurement>> rounds = new LinkedHashMap<>();
            serving.forEach(target -> rounds.put(target, new ArrayList<>()));
            for (int round = 0; round < workload.rounds(); round++) {
                for (int turn = 0; turn < serving.size(); turn++) {
                    Target target = serving.get((turn + round) % serving.size());
                    rounds.get(target).add(measure(workload, target, target.name()));
                }
            }
            rounds.values().forEach(perTarget -> measurements.add(Measurement.ofRounds(perTarget)));
        }
        return new Results(settings, targets, workloads, measurements, started, Duration.between(started, Instant.now()));
    }

    /** {@code label}: the target's name, or what the run is for when it is not measured. */
    private Measurement measure(Workload workload, Target target, String label) {
        progress.printf("%-19s %-17s ", workload.name(), label);
        progress.flush();
        long start = System.nanoTime();
        Measurement measurement;
        try {
            measurement = target.lacking().containsKey(workload.name())
                    ? Measurement.skipped(workload.name(), target.name(), target.lacking().get(workload.name()))
                    : workload.run(new WorkloadContext(target, settings, logDir, recordingDir));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            measurement = Measurement.failed(workload.name(), target.name(), "interrupted");
        } catch (Exception e) {
            measurement = Measurement.failed(workload.name(), target.name(), e.toString());
        }
        progress.printf("%5.1f s  %s  %s %s%n", (System.nanoTime() - start) / 1e9,
                measurement.check().passed() ? "ok  " : "FAIL", measurement.values(), measurement.check().detail());
        return measurement;
    }
}
