package dev.awsemulator.bench.report;

import dev.awsemulator.bench.BenchSettings;
import dev.awsemulator.bench.Results;
import dev.awsemulator.bench.server.Target;
import dev.awsemulator.bench.workload.Measurement;
import dev.awsemulator.bench.workload.Metric;
import dev.awsemulator.bench.workload.Workload;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.OptionalDouble;
import java.util.function.DoubleFunction;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The results file: goals, every metric with the emulator's ratio to each peer, checks, method. */
public final class ResultsReport {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private final Results results;
    private final List<Goal> goals;
    private final List<Target> ran;
    private final StringBuilder out = new StringBuilder();

    private ResultsReport(Results results, List<Goal> goals) {
        this.results = results;
        this.goals = goals;
        this.ran = results.targets().stream().filter(Target::available).toList();
    }

    public static String markdown(Results results, List<Goal> goals, String environment) {
        return new ResultsReport(results, goals).write(environment);
    }

    private String write(String environment) {
        line("# Benchmark results, " + WHEN.format(results.started()));
        line("");
        line(environment + " The run took " + results.took().toMinutes() + " min "
                + results.took().toSecondsPart() + " s.");
        line("");
        targets();
        if (!goals.isEmpty()) {
            goals();
        }
        metrics();
        checks();
        workloads();
        return out.toString();
    }

    private void targets() {
        line("## Targets");
        line("");
        for (Target target : results.targets()) {
            line("- **" + target.name() + "**: " + (target.available() ? target.description()
                    : "not available (" + target.unavailable() + ")"));
        }
        line("");
    }

    private void goals() {
        line("## Goals (from the issue)");
        line("");
        line("| goal | measured | limit | met |");
        line("|---|---:|---:|---|");
        for (Goal goal : goals) {
            OptionalDouble measured = goal.measured(results);
            String verdict = goal.met(results).map(met -> met ? "**yes**" : "**no**").orElse("not measured");
            String limit = (goal.atMost() ? "≤ " : "≥ ") + Format.number(goal.limit())
                    + (goal.peer() == null ? "" : "× " + goal.peer());
            line("| " + goal.text() + " | " + (measured.isPresent() ? Format.number(measured.getAsDouble()) : "–")
                    + " | " + limit + " | " + verdict + " |");
        }
        line("");
    }

    private void metrics() {
        // Every other target is a peer here: emulator-data-dir and emulator-baseline too (emulator ÷ either).
        List<Target> peers = ran.stream().filter(target -> !target.name().equals(Goal.EMULATOR)).toList();
        line("## Results and ratios (emulator ÷ peer; ↑ more is better, ↓ less is better)");
        line("");
        line("† the run failed its correctness check (see below): shown, but not used for goals.");
        line("");
        Stream<String> columns = Stream.concat(ran.stream().map(Target::name), peers.stream().map(peer -> "÷ " + peer.name()));
        line("| workload | metric | " + columns.collect(Collectors.joining(" | ")) + " |");
        line("|---|---|" + "---:|".repeat(ran.size() + peers.size()));
        for (Workload workload : results.workloads()) {
            for (Metric metric : Metric.values()) {
                if (ran.stream().anyMatch(target -> cell(workload, target.name(), metric).value().isPresent())) {
                    metricRow(workload, metric, peers);
                }
            }
        }
        line("");
    }

    private void metricRow(Workload workload, Metric metric, List<Target> peers) {
        StringBuilder row = new StringBuilder("| " + workload.name() + " | " + metric.label()
                + (metric.higherIsBetter() ? " ↑" : " ↓") + " |");
        for (Target target : ran) {
            row.append(' ').append(cell(workload, target.name(), metric).show(Format::number)).append(" |");
        }
        Cell ours = cell(workload, Goal.EMULATOR, metric);
        for (Target peer : peers) {
            row.append(' ').append(ours.dividedBy(cell(workload, peer.name(), metric)).show(Format::ratio)).append(" |");
        }
        line(row.toString());
    }

    /** One value of the table, and whether the run it came from passed its check. */
    private record Cell(OptionalDouble value, boolean passed) {

        Cell dividedBy(Cell other) {
            if (value.isEmpty() || other.value.isEmpty() || other.value.getAsDouble() == 0) {
                return new Cell(OptionalDouble.empty(), true);
            }
            return new Cell(OptionalDouble.of(value.getAsDouble() / other.value.getAsDouble()), passed && other.passed);
        }

        String show(DoubleFunction<String> format) {
            return value.isEmpty() ? "–" : format.apply(value.getAsDouble()) + (passed ? "" : " †");
        }
    }

    private Cell cell(Workload workload, String target, Metric metric) {
        return results.find(workload.name(), target)
                .map(measurement -> new Cell(measurement.value(metric), measurement.check().passed()))
                .orElse(new Cell(OptionalDouble.empty(), true));
    }

    private void checks() {
        line("## Correctness (nothing lost, no errors)");
        line("");
        line("| workload | target | passed | detail |");
        line("|---|---|---|---|");
        for (Measurement measurement : results.measurements()) {
            line("| " + measurement.workload() + " | " + measurement.target() + " | "
                    + (measurement.check().passed() ? "yes" : "**no**") + " | "
                    + measurement.check().detail().replace("|", "\\|") + " |");
        }
        line("");
    }

    private void workloads() {
        line("## Workloads and method");
        line("");
        for (Workload workload : results.workloads()) {
            line("- **" + workload.name() + "**: " + workload.title() + ".");
        }
        line("");
        BenchSettings settings = results.settings();
        line(String.format("Each workload runs against each target in turn, on a fresh server process (127.0.0.1, "
                        + "a free port). The throughput workloads run %d rounds, the targets taking turns%s; a "
                        + "round is %s s of warm-up and %d window(s) of %s s. The long polls run one round of %d windows. "
                        + "Before the rounds of a workload whose load comes from the harness's own clients (all but "
                        + "startup and embedded-run), an uncounted round against the first target warms them. "
                        + "Throughput, latency percentiles and CPU per operation are medians (over the windows of a "
                        + "round, then over rounds), threads the peak (sampled every 200 ms), RSS at the end. In "
                        + "send and send-batch, RSS grows with what was queued, which differs with throughput; "
                        + "backlog compares memory at equal content.",
                settings.rounds(), settings.rounds() > 1 ? ", each round starting one target further on" : "",
                Format.seconds(settings.warmup()), settings.windows(), Format.seconds(settings.window()),
                settings.pollWindows()));
        line("");
        line("Server CPU is utime+stime from /proc/<pid>/stat, RSS is VmRSS and threads are Threads from "
                + "/proc/<pid>/status. The client is the AWS SDK for Java v2 (JSON protocol, MD5 checks on, no "
                + "retries): Apache HTTP for the blocking workloads, Netty over HTTP/1.1 for the long polls; it "
                + "shares the 2 cores with the server, so throughput is the pair's, while CPU per operation is the "
                + "server's alone.");
    }

    private void line(String text) {
        out.append(text).append('\n');
    }
}
