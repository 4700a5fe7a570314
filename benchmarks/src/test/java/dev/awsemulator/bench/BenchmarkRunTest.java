package dev.awsemulator.bench;

import dev.awsemulator.bench.server.Target;
import dev.awsemulator.bench.workload.Check;
import dev.awsemulator.bench.workload.Measurement;
import dev.awsemulator.bench.workload.Metric;
import dev.awsemulator.bench.workload.Workload;
import dev.awsemulator.bench.workload.WorkloadContext;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The order of a run's rounds (each starting one target further on), and the unmeasured round before them. The
 * counting workload ignores the settings' sizes: the full run's settings only switch that round on.
 */
class BenchmarkRunTest {

    private final List<String> runs = new ArrayList<>();
    private final ByteArrayOutputStream progress = new ByteArrayOutputStream();

    @Test
    void aWorkloadThisJvmDrivesWarmsItsClientsOnTheFirstTargetAndCountsOnlyTheRoundsAfter() {
        Results results = run(new Counting(3, true), target("first"), target("second"));

        assertThat(runs).containsExactly("first", "first", "second", "second", "first", "first", "second");
        assertThat(results.find("counting", "first").orElseThrow().value(Metric.THROUGHPUT)).hasValue(5.0);
        assertThat(results.find("counting", "second").orElseThrow().value(Metric.THROUGHPUT)).hasValue(4.0);
        assertThat(progress.toString(StandardCharsets.UTF_8)).contains("warm-up");
    }

    @Test
    void eachRoundStartsOneTargetFurtherOn() {
        run(new Counting(3, false), target("a"), target("b"), target("c"));

        assertThat(runs).containsExactly("a", "b", "c", "b", "c", "a", "c", "a", "b");
    }

    @Test
    void aSingleRoundIsWarmedUpToo() {
        Results results = run(new Counting(1, true), target("first"), target("second"));

        assertThat(runs).containsExactly("first", "first", "second");
        assertThat(results.find("counting", "first").orElseThrow().value(Metric.THROUGHPUT)).hasValue(2.0);
    }

    @Test
    void aLoadFromAnotherJvmHasNoWarmUp() {
        run(new Counting(2, false), target("first"));
        run(new Counting(1, false), target("first"), target("second"));

        assertThat(runs).containsExactly("first", "first", "first", "second");
        assertThat(progress.toString(StandardCharsets.UTF_8)).doesNotContain("warm-up");
    }

    @Test
    void aSmokeRunHasNoWarmUp() {
        run(BenchSettings.smoke(), new Counting(1, true), target("first"), target("second"));

        assertThat(runs).containsExactly("first", "second");
        assertThat(progress.toString(StandardCharsets.UTF_8)).doesNotContain("warm-up");
    }

    private Results run(Workload workload, Target... targets) {
        return run(BenchSettings.full(), workload, targets);
    }

    private Results run(BenchSettings settings, Workload workload, Target... targets) {
        return new BenchmarkRun(settings, List.of(targets), List.of(workload), null, null,
                new PrintStream(progress, true, StandardCharsets.UTF_8)).run();
    }

    private static Target target(String name) {
        return new Target(name, name, EnumSet.of(Service.SQS), false, null, Target.ConnectionLimit.NONE, true,
                Map.of(), port -> List.of(), null);
    }

    /** Measures how many times it has run, over all targets: the warm-up's run shifts every later count. */
    private final class Counting implements Workload {

        private final int rounds;
        private final boolean drivenFromHere;

        Counting(int rounds, boolean drivenFromHere) {
            this.rounds = rounds;
            this.drivenFromHere = drivenFromHere;
        }

        @Override
        public String name() {
            return "counting";
        }

        @Override
        public String title() {
            return "counts its runs";
        }

        @Override
        public Service service() {
            return Service.SQS;
        }

        @Override
        public int rounds() {
            return rounds;
        }

        @Override
        public boolean drivenFromHere() {
            return drivenFromHere;
        }

        @Override
        public Measurement run(WorkloadContext context) {
            runs.add(context.target().name());
            return new Measurement(name(), context.target().name(), Map.of(Metric.THROUGHPUT, (double) runs.size()),
                    new Check(true, "run " + runs.size()));
        }
    }
}
