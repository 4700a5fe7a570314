package dev.awsemulator.bench.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** The kernel's clock ticks per second ({@code getconf CLK_TCK}), the unit of CPU times in /proc. */
final class ClockTicks {

    private static final long LINUX_DEFAULT = 100;

    private ClockTicks() {
    }

    static long perSecond() {
        try {
            Process getconf = new ProcessBuilder("getconf", "CLK_TCK").redirectErrorStream(true).start();
            String answer = new String(getconf.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).trim();
            return getconf.waitFor() == 0 ? Long.parseLong(answer) : LINUX_DEFAULT;
        } catch (IOException | NumberFormatException e) {
            return LINUX_DEFAULT;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return LINUX_DEFAULT;
        }
    }
}
