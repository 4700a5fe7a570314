package dev.awsemulator.bench.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What Linux reports about one process at one moment: CPU time used so far (user + system, from
 * {@code /proc/<pid>/stat}), resident memory and thread count (from {@code /proc/<pid>/status}).
 */
public record ProcessSample(long cpuTicks, long rssKb, int threads) {

    private static final long TICKS_PER_SECOND = ClockTicks.perSecond();

    public static ProcessSample of(long pid) {
        Path dir = Path.of("/proc", Long.toString(pid));
        try {
            String stat = Files.readString(dir.resolve("stat"));
            // The command name is in parentheses and may hold spaces; fields are counted after it.
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long utime = Long.parseLong(fields[14 - 3]);
            long stime = Long.parseLong(fields[15 - 3]);
            long rssKb = 0;
            int threads = 0;
            for (String line : Files.readAllLines(dir.resolve("status"))) {
                if (line.startsWith("VmRSS:")) {
                    rssKb = Long.parseLong(digits(line));
                } else if (line.startsWith("Threads:")) {
                    threads = Integer.parseInt(digits(line));
                }
            }
            return new ProcessSample(utime + stime, rssKb, threads);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read /proc for process " + pid, e);
        }
    }

    /** CPU seconds the process used between {@code earlier} and this sample. */
    public double cpuSecondsSince(ProcessSample earlier) {
        return (cpuTicks - earlier.cpuTicks) / (double) TICKS_PER_SECOND;
    }

    public double rssMb() {
        return rssKb / 1024.0;
    }

    private static String digits(String line) {
        return line.replaceAll("\\D", "");
    }
}
