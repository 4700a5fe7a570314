package dev.awsemulator.server.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Debian's chromium, headless, with a throwaway profile and everything that would reach the network
 * on its own turned off (without those flags it keeps dialling Google's services and floods the log
 * with refused connections). Missing locally, the test is skipped; in CI it fails.
 */
public final class HeadlessChromium {

    /** A page gets this much virtual time: timers and fetches run, the clock jumps when idle. */
    private static final int VIRTUAL_TIME_MILLIS = 10_000;
    private static final long GIVE_UP_SECONDS = 120;

    private final Path executable;
    private final Path profile;

    private HeadlessChromium(Path executable, Path profile) {
        this.executable = executable;
        this.profile = profile;
    }

    /** Chromium with a fresh profile in {@code workDirectory} (a {@code @TempDir}). */
    public static HeadlessChromium require(Path workDirectory) {
        return new HeadlessChromium(ExternalTools.require("chromium",
                "apt-get install -y --no-install-recommends chromium"), workDirectory);
    }

    /** Loads {@code url}, lets its scripts run, and answers the DOM as HTML. */
    public String dumpDom(URI url) {
        List<String> command = command();
        command.add("--virtual-time-budget=" + VIRTUAL_TIME_MILLIS);
        command.add("--dump-dom");
        command.add(url.toString());
        Path dom = profile.resolve("dom.html");
        Path log = profile.resolve("chromium.log");
        try {
            Process process = new ProcessBuilder(command).redirectOutput(dom.toFile()).redirectError(log.toFile())
                    .start();
            if (!process.waitFor(GIVE_UP_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("chromium did not finish loading " + url + ":\n" + Files.readString(log));
            }
            if (process.exitValue() != 0) {
                throw new AssertionError("chromium exited with " + process.exitValue() + ":\n" + Files.readString(log));
            }
            return Files.readString(dom, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while chromium ran", e);
        }
    }

    /** Opens {@code url} in a browser that stays up for the test to drive; close it after. */
    public DevToolsPage open(URI url) {
        return DevToolsPage.open(command(), profile.resolve("profile"), url);
    }

    private List<String> command() {
        return new ArrayList<>(List.of(executable.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--no-default-browser-check", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-default-apps", "--disable-extensions",
                "--user-data-dir=" + profile.resolve("profile")));
    }
}
