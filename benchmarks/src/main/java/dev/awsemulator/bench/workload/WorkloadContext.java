package dev.awsemulator.bench.workload;

import dev.awsemulator.bench.BenchSettings;
import dev.awsemulator.bench.server.ServerProcess;
import dev.awsemulator.bench.server.Target;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What a workload runs against: the target, the settings, where server logs go, and (when profiling)
 * where JVM targets write their flight recordings.
 */
public record WorkloadContext(Target target, BenchSettings settings, Path logDir, Path recordingDir) {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);
    private static final AtomicInteger LAUNCHES = new AtomicInteger();

    /** A fresh server process of the target, answering; the caller closes it. */
    public ServerProcess startServer(String workload) {
        return ServerProcess.start(target, jvmOptions(workload), logDir, START_TIMEOUT);
    }

    public Measurement measurement(Workload workload, List<Window> windows, Check check) {
        return Measurement.of(workload.name(), target.name(), windows, check);
    }

    private List<String> jvmOptions(String workload) {
        if (recordingDir == null || !target.java()) {
            return List.of();
        }
        Path file = recordingDir.resolve(target.name() + "-" + workload + "-" + LAUNCHES.incrementAndGet() + ".jfr");
        return List.of("-XX:StartFlightRecording=settings=profile,dumponexit=true,filename=" + file);
    }
}
