package dev.awsemulator.bench;

import dev.awsemulator.bench.server.Targets;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The load generator's options.
 *
 * @param smoke        a few seconds per workload, correctness only, no goals
 * @param targets      target names to run
 * @param workloads    workload names to run, or empty for all
 * @param emulatorJar  the emulator's executable jar
 * @param baselineJar  another build's executable jar, run as the target {@value Targets#BASELINE}, or null
 * @param resultsDir   where the results file goes
 * @param recordingDir where JVM targets write flight recordings, or null
 */
record CommandLine(boolean smoke, List<String> targets, List<String> workloads, Path emulatorJar, Path baselineJar,
                   Path resultsDir, Path recordingDir) {

    static final String USAGE = """
            Usage: java -jar benchmarks/target/benchmarks.jar [options]
                   java -jar benchmarks/target/benchmarks.jar jmh [JMH options]
              --smoke              every workload for a moment, checking correctness (default target: emulator)
              --targets a,b        emulator, elasticmq, kinesalite, moto (default: these four), and
                                   emulator-data-dir (the emulator with --data-dir, to measure persistence),
                                   emulator-baseline (the jar of --baseline-jar, to compare two builds)
              --workloads a,b      send, send-batch, roundtrip, long-poll-few, long-poll-many, startup, backlog,
                                   sns-fanout, short-run, embedded-run, kinesis-put, kinesis-put-1-shard,
                                   kinesis-replay, kinesis-subscribe, mq-broker
              --emulator-jar PATH  default: emulator-server/target/emulator-server.jar beside this module
              --baseline-jar PATH  another build's emulator-server.jar (its emulator-server.jsa beside it), run as
                                   the target emulator-baseline; ratios are this build ÷ that one
              --results DIR        default: benchmarks/results (a smoke run writes to benchmarks/target)
              --profile DIR        JVM targets write JFR recordings (settings=profile) into DIR
              --help
            """;

    static CommandLine parse(String[] args, Path moduleDir) {
        boolean smoke = false;
        List<String> targets = null;
        List<String> workloads = List.of();
        Path emulatorJar = moduleDir.resolveSibling("emulator-server").resolve("target").resolve("emulator-server.jar");
        Path baselineJar = null;
        Path resultsDir = null;
        Path recordingDir = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--smoke" -> smoke = true;
                case "--targets" -> targets = list(value(args, ++i));
                case "--workloads" -> workloads = list(value(args, ++i));
                case "--emulator-jar" -> emulatorJar = Path.of(value(args, ++i));
                case "--baseline-jar" -> baselineJar = Path.of(value(args, ++i));
                case "--results" -> resultsDir = Path.of(value(args, ++i));
                case "--profile" -> recordingDir = Path.of(value(args, ++i));
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if (resultsDir == null) {
            resultsDir = moduleDir.resolve(smoke ? "target" : "results");
        }
        if (targets == null) {
            targets = smoke ? List.of("emulator") : List.of("emulator", "elasticmq", "kinesalite", "moto");
        }
        // The baseline has no default jar: naming it without one is a mistake, not a target to skip.
        if (targets.contains(Targets.BASELINE) && baselineJar == null) {
            throw new IllegalArgumentException("target " + Targets.BASELINE + " needs --baseline-jar PATH (another build's "
                    + "emulator-server.jar)");
        }
        return new CommandLine(smoke, targets, workloads, emulatorJar, baselineJar, resultsDir, recordingDir);
    }

    private static String value(String[] args, int index) {
        if (index >= args.length) {
            throw new IllegalArgumentException(args[index - 1] + " needs a value");
        }
        return args[index];
    }

    private static List<String> list(String value) {
        return Arrays.stream(value.split(",")).map(String::trim).filter(item -> !item.isEmpty()).toList();
    }
}
