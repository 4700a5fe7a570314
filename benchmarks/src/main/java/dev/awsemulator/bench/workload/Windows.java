package dev.awsemulator.bench.workload;

import dev.awsemulator.bench.server.ProcessSample;
import dev.awsemulator.bench.server.ServerProcess;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Measures a load that is already running: waits out the warm-up, then cuts consecutive windows,
 * reading the operation count, the latency recorder and the server's /proc at each boundary, and the
 * server's thread count every {@value #THREAD_SAMPLE_MILLIS} ms in between.
 */
public final class Windows {

    private static final long THREAD_SAMPLE_MILLIS = 200;

    private Windows() {
    }

    public static List<Window> measure(ServerProcess server, Duration warmup, Duration length, int count,
                                       LongSupplier ops, Recorder latencies) throws InterruptedException {
        Thread.sleep(warmup.toMillis());
        latencies.getIntervalHistogram();
        List<Window> windows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            windows.add(one(server, length, ops, latencies));
        }
        return windows;
    }

    private static Window one(ServerProcess server, Duration length, LongSupplier ops, Recorder latencies)
            throws InterruptedException {
        long opsBefore = ops.getAsLong();
        ProcessSample before = server.sample();
        long start = System.nanoTime();
        long end = start + length.toNanos();
        int peakThreads = before.threads();
        for (long now = start; now < end; now = System.nanoTime()) {
            TimeUnit.NANOSECONDS.sleep(Math.min(end - now, TimeUnit.MILLISECONDS.toNanos(THREAD_SAMPLE_MILLIS)));
            peakThreads = Math.max(peakThreads, server.sample().threads());
        }
        ProcessSample after = server.sample();
        double seconds = (System.nanoTime() - start) / 1e9;
        Histogram histogram = latencies.getIntervalHistogram();
        return new Window(ops.getAsLong() - opsBefore, seconds, histogram, after.cpuSecondsSince(before),
                Math.max(peakThreads, after.threads()), after.rssKb());
    }
}
