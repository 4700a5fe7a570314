package dev.awsemulator.core.testsupport;

import dev.awsemulator.core.Emulator;
import dev.awsemulator.core.persistence.PersistenceOptions;
import dev.awsemulator.core.time.ManualClock;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * An emulator with a data directory on virtual time, one per test ({@code @RegisterExtension}), restarted
 * the two ways a process ends: cleanly, or killed. A kill is the directory copied as it is at that moment
 * (what a killed process leaves behind, since every acknowledged write has reached the file) and a new
 * emulator started on the copy, with the clock where it stood.
 */
public final class Restarts implements BeforeEachCallback, AfterEachCallback {

    private Path root;
    private long compactAfterBytes = PersistenceOptions.DEFAULT_COMPACT_AFTER_BYTES;
    private Path directory;
    private int generation;
    private ManualClock clock;
    private Emulator emulator;

    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
        root = Files.createTempDirectory("restarts");
        directory = root.resolve("data-0");
        clock = new ManualClock();
        emulator = start();
    }

    @Override
    public void afterEach(ExtensionContext context) throws IOException {
        emulator.close();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    /** Starts over on an empty directory that compacts once its journal passes {@code bytes}. */
    public Restarts compactingAfter(long bytes) {
        compactAfterBytes = bytes;
        return restartOn(root.resolve("data-" + ++generation));
    }

    public Emulator emulator() {
        return emulator;
    }

    public ManualClock clock() {
        return clock;
    }

    public Path directory() {
        return directory;
    }

    /** Stops the emulator as a SIGTERM would (last snapshot written) and starts a new one on the directory. */
    public Restarts restart() {
        return restartOn(directory);
    }

    /** What a kill leaves behind: the directory's files as they are now, without a final snapshot. */
    public Path killedCopy() {
        Path copy = root.resolve("data-" + ++generation);
        try {
            Files.createDirectories(copy);
            for (Path file : files(directory)) {
                if (!file.getFileName().toString().equals("lock")) {
                    Files.copy(file, copy.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return copy;
    }

    /** Kills the emulator at this moment and starts a new one on what it left. */
    public Restarts killAndRestart() {
        return restartOn(killedCopy());
    }

    /** Abandons the running emulator and starts a new one on {@code copy}, e.g. one a test damaged. */
    public Restarts restartOn(Path copy) {
        emulator.close();
        directory = copy;
        clock = new ManualClock(clock.now());
        emulator = start();
        return this;
    }

    /** The journal files of the current directory, oldest first. */
    public List<Path> journals() {
        return journals(directory);
    }

    /** The journal files of {@code dataDirectory}, oldest first. */
    public static List<Path> journals(Path dataDirectory) {
        return files(dataDirectory).stream().filter(file -> file.getFileName().toString().startsWith("journal-"))
                .sorted().toList();
    }

    private static List<Path> files(Path directory) {
        try (Stream<Path> files = Files.list(directory)) {
            return files.toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Emulator start() {
        return Emulator.builder().clock(clock)
                .persistence(PersistenceOptions.at(directory).compactAfterBytes(compactAfterBytes)).build();
    }
}
