package dev.awsemulator.bench;

import dev.awsemulator.bench.report.Goals;
import dev.awsemulator.bench.report.ResultsReport;
import dev.awsemulator.bench.server.Target;
import dev.awsemulator.bench.server.Targets;
import dev.awsemulator.bench.kafka.MskBenchmark;
import dev.awsemulator.bench.kinesis.KinesisWorkloads;
import dev.awsemulator.bench.mq.MqBrokerWorkload;
import dev.awsemulator.bench.sns.SnsFanoutWorkload;
import dev.awsemulator.bench.sqs.SqsWorkloads;
import dev.awsemulator.bench.suite.EmbeddedRunWorkload;
import dev.awsemulator.bench.suite.ShortRunWorkload;
import dev.awsemulator.bench.workload.Workload;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * {@code java -jar benchmarks.jar}: the load generator (full run, or {@code --smoke}); with a first
 * argument {@code jmh}, the JMH microbenchmarks; with {@code msk}, the MSK measurements ({@link MskBenchmark}). Exits with 1 when a correctness check failed.
 */
public final class Main {

    private static final DateTimeFormatter FILE_NAME = DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmm")
            .withZone(ZoneOffset.UTC);

    private Main() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("jmh")) {
            org.openjdk.jmh.Main.main(Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        if (args.length > 0 && args[0].equals("msk")) {
            MskBenchmark.main(Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        if (Arrays.asList(args).contains("--help")) {
            System.out.print(CommandLine.USAGE);
            return;
        }
        String environment = Environment.describe() + " Command: `java -jar benchmarks/target/benchmarks.jar"
                + (args.length == 0 ? "" : " " + String.join(" ", args)) + "`.";
        CommandLine options;
        Results results;
        try {
            options = CommandLine.parse(args, moduleDir());
            results = run(options);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage() + "\n" + CommandLine.USAGE);
            System.exit(2);
            return;
        }
        Path file = write(results, options, environment);
        System.out.println("results: " + file);
        System.exit(results.allPassed() ? 0 : 1);
    }

    /** Runs the workloads the options select against the targets they select; unknown names are refused. */
    static Results run(CommandLine options) throws IOException, URISyntaxException {
        BenchSettings settings = options.smoke() ? BenchSettings.smoke() : BenchSettings.full();
        List<Workload> all = new ArrayList<>(SqsWorkloads.all(settings));
        all.add(new SnsFanoutWorkload(settings));
        all.add(new ShortRunWorkload(settings));
        all.add(new EmbeddedRunWorkload(settings));
        all.addAll(KinesisWorkloads.all(settings));
        all.add(new MqBrokerWorkload(settings));
        List<String> names = all.stream().map(Workload::name).toList();
        for (String name : options.workloads()) {
            if (!names.contains(name)) {
                throw new IllegalArgumentException("unknown workload " + name + "; known: " + names);
            }
        }
        List<Workload> workloads = all.stream()
                .filter(workload -> options.workloads().isEmpty() || options.workloads().contains(workload.name()))
                .toList();
        Path logDir = Files.createTempDirectory("aws-emulator-bench-");
        List<Target> targets = targets(options, moduleDir(), logDir);
        if (options.recordingDir() != null) {
            Files.createDirectories(options.recordingDir());
        }
        System.out.println("server logs: " + logDir);
        return new BenchmarkRun(settings, targets, workloads, logDir, options.recordingDir(), System.out).run();
    }

    private static List<Target> targets(CommandLine options, Path moduleDir, Path logDir) {
        Map<String, Supplier<Target>> known = new LinkedHashMap<>();
        known.put("emulator", () -> Targets.emulator(options.emulatorJar()));
        known.put("emulator-data-dir", () -> Targets.emulatorWithDataDirectory(options.emulatorJar(),
                logDir.resolve("data")));
        if (options.baselineJar() != null) {
            known.put(Targets.BASELINE, () -> Targets.emulatorBaseline(options.baselineJar()));
        }
        known.put("elasticmq", () -> Targets.elasticMq(System.getProperty("java.class.path")));
        known.put("kinesalite", () -> Targets.kinesalite(moduleDir));
        known.put("moto", Targets::moto);
        for (String name : options.targets()) {
            if (!known.containsKey(name)) {
                throw new IllegalArgumentException("unknown target " + name + "; known: " + known.keySet());
            }
        }
        return known.entrySet().stream().filter(entry -> options.targets().contains(entry.getKey()))
                .map(entry -> entry.getValue().get()).toList();
    }

    private static Path write(Results results, CommandLine options, String environment) throws IOException {
        String name = options.smoke() ? "smoke-results.md" : FILE_NAME.format(results.started()) + ".md";
        Path file = options.resultsDir().resolve(name);
        Files.createDirectories(options.resultsDir());
        Files.writeString(file, ResultsReport.markdown(results, options.smoke() ? List.of() : Goals.all(), environment));
        return file;
    }

    /** The benchmarks module's directory: this code runs from its target/benchmarks.jar or target/classes. */
    static Path moduleDir() throws URISyntaxException {
        Path code = Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        return code.toAbsolutePath().getParent().getParent();
    }
}
