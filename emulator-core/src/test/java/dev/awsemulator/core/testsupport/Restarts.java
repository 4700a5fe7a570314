package dev.awsemulator.core.testsupport;

import dev.awsemulator.core.Emulator;
import dev.awsemulator.core.persistence.PersistenceOptions;
import dev.awsemulator.core.time.ManualClock;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

/**
 * An emulator with a data directory on virtual time, restarted the two ways a process ends: cleanly, or
 * killed. A kill is the directory copied as it is at that moment (what a killed process leaves behind, since
 * every acknowledged write has reached the file) and a new emulator started on the copy, with the clock
 * where it stood.
 */
public final class Restarts implements AutoCloseable {

    private final Path root;
    private final long compactAfterBytes;
    private Path directory;
    private int generation;
    private ManualClock clock;
    private Emulator emulator;

    public Restarts(Path root) {
        this(root, 64L << 20);
    }

    public Restarts(Path root, long compactAfterBytes) {
        this.root = root;
        this.compactAfterBytes = compactAfterBytes;
        this.directory = root.resolve("data-0");
        this.clock = new ManualClock();
        this.emulator = start();
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
    public Emulator restart() {
        emulator.close();
        clock = new ManualClock(clock.now());
        emulator = start();
        return emulator;
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
    public Emulator killAndRestart() {
        return restartOn(killedCopy());
    }

    /** Abandons the running emulator and starts a new one on {@code copy}, e.g. one a test damaged. */
    public Emulator restartOn(Path copy) {
        emulator.close();
        directory = copy;
        clock = new ManualClock(clock.now());
        emulator = start();
        return emulator;
    }

    /** The journal files of the current directory, oldest first. */
    public List<Path> journals() {
        return files(directory).stream().filter(file -> file.getFileName().toString().startsWith("journal-"))
                .sorted().toList();
    }

    public static List<Path> files(Path directory) {
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

    @Override
    public void close() {
        emulator.close();
    }
}
