package dev.awsemulator.bench.workload;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.StringJoiner;
import java.util.function.ToDoubleFunction;

/** The result of one workload against one target: metric values (medians over windows) and the check. */
public record Measurement(String workload, String target, Map<Metric, Double> values, Check check) {

    public Measurement {
        values = Map.copyOf(values);
    }

    /** Medians of throughput, latency percentiles and CPU per operation; peak threads; the last RSS. */
    public static Measurement of(String workload, String target, List<Window> windows, Check check) {
        Map<Metric, Double> values = new EnumMap<>(Metric.class);
        values.put(Metric.THROUGHPUT, median(windows, Window::throughput));
        values.put(Metric.P50_MS, median(windows, window -> window.percentileMs(50)));
        values.put(Metric.P99_MS, median(windows, window -> window.percentileMs(99)));
        values.put(Metric.CPU_PER_1000, median(windows, Window::cpuSecondsPer1000));
        values.put(Metric.THREADS, (double) windows.stream().mapToInt(Window::peakThreads).max().orElse(0));
        values.put(Metric.RSS_MB, windows.get(windows.size() - 1).rssKb() / 1024.0);
        return new Measurement(workload, target, values, check);
    }

    public static Measurement failed(String workload, String target, String why) {
        return new Measurement(workload, target, Map.of(), new Check(false, why));
    }

    /**
     * Rounds of one workload against one target as one: each metric's median over the rounds; it
     * passes if every round passed.
     */
    public static Measurement ofRounds(List<Measurement> rounds) {
        if (rounds.size() == 1) {
            return rounds.get(0);
        }
        Map<Metric, Double> values = new EnumMap<>(Metric.class);
        for (Metric metric : Metric.values()) {
            double[] perRound = rounds.stream().map(round -> round.values().get(metric)).filter(Objects::nonNull)
                    .mapToDouble(Double::doubleValue).toArray();
            if (perRound.length > 0) {
                values.put(metric, median(perRound));
            }
        }
        StringJoiner details = new StringJoiner("; ");
        for (int i = 0; i < rounds.size(); i++) {
            details.add("round " + (i + 1) + ": " + rounds.get(i).check().detail());
        }
        boolean passed = rounds.stream().allMatch(round -> round.check().passed());
        Measurement first = rounds.get(0);
        return new Measurement(first.workload(), first.target(), values, new Check(passed, details.toString()));
    }

    /** Not run against this target, and why: neither a pass nor a failure of the target. */
    public static Measurement skipped(String workload, String target, String why) {
        return new Measurement(workload, target, Map.of(), new Check(true, "skipped: " + why));
    }

    public OptionalDouble value(Metric metric) {
        Double value = values.get(metric);
        return value == null || value.isNaN() ? OptionalDouble.empty() : OptionalDouble.of(value);
    }

    public static double median(double... values) {
        double[] sorted = Arrays.stream(values).filter(value -> !Double.isNaN(value)).sorted().toArray();
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    private static double median(List<Window> windows, ToDoubleFunction<Window> metric) {
        return median(windows.stream().mapToDouble(metric).toArray());
    }
}
