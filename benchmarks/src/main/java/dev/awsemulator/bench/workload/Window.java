package dev.awsemulator.bench.workload;

import org.HdrHistogram.Histogram;

/**
 * One measured stretch of a steady load.
 *
 * @param ops              operations completed in it
 * @param seconds          its length
 * @param latencies        latencies recorded in it, in microseconds
 * @param serverCpuSeconds CPU time the server process used in it
 * @param peakThreads      the most server threads seen in it
 * @param rssKb            the server's resident memory at its end
 */
public record Window(long ops, double seconds, Histogram latencies, double serverCpuSeconds, int peakThreads,
                     long rssKb) {

    public double throughput() {
        return ops / seconds;
    }

    public double percentileMs(double percentile) {
        return latencies.getTotalCount() == 0 ? Double.NaN : latencies.getValueAtPercentile(percentile) / 1000.0;
    }

    public double cpuSecondsPer1000() {
        return ops == 0 ? Double.NaN : serverCpuSeconds * 1000 / ops;
    }
}
