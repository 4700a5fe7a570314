package dev.awsemulator.bench.report;

import dev.awsemulator.bench.Results;
import dev.awsemulator.bench.workload.Metric;

import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A target from the issue: the emulator's value of a metric in a workload, on its own or divided by a
 * peer's value from the same run, at most or at least a limit.
 *
 * @param peer null for an absolute limit
 */
public record Goal(String text, String workload, Metric metric, String peer, boolean atMost, double limit) {

    public static final String EMULATOR = "emulator";

    public static Goal atMost(String text, String workload, Metric metric, double limit) {
        return new Goal(text, workload, metric, null, true, limit);
    }

    public static Goal ratioAtMost(String text, String workload, Metric metric, String peer, double limit) {
        return new Goal(text, workload, metric, peer, true, limit);
    }

    public static Goal ratioAtLeast(String text, String workload, Metric metric, String peer, double limit) {
        return new Goal(text, workload, metric, peer, false, limit);
    }

    /** The value compared with the limit: the emulator's, or its ratio to the peer's; empty if unmeasured. */
    public OptionalDouble measured(Results results) {
        OptionalDouble ours = value(results, EMULATOR);
        if (peer == null || ours.isEmpty()) {
            return ours;
        }
        OptionalDouble theirs = value(results, peer);
        return theirs.isEmpty() || theirs.getAsDouble() == 0 ? OptionalDouble.empty()
                : OptionalDouble.of(ours.getAsDouble() / theirs.getAsDouble());
    }

    public Optional<Boolean> met(Results results) {
        OptionalDouble measured = measured(results);
        if (measured.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(atMost ? measured.getAsDouble() <= limit : measured.getAsDouble() >= limit);
    }

    private OptionalDouble value(Results results, String target) {
        return results.find(workload, target)
                .filter(measurement -> measurement.check().passed())
                .map(measurement -> measurement.value(metric))
                .orElse(OptionalDouble.empty());
    }
}
