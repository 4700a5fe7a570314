package dev.awsemulator.core.persistence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The files one service keeps beside the state journal (a broker's message store, a certificate clients
 * trust): under {@code <data directory>/<service>} when the emulator has a data directory, so they
 * survive a restart, else in a temporary directory deleted when the emulator closes. A service's engine
 * only hands this on to what writes the files (a broker runtime) or asks it to write whole documents: the
 * engine itself never opens a path.
 */
public final class ServiceStorage {

    private final Path dataDirectory;
    private final String service;
    private Path root;

    ServiceStorage(Path dataDirectory, String service) {
        this.dataDirectory = dataDirectory;
        this.service = service;
    }

    /** True when the files survive a restart of the emulator (it has a data directory). */
    public boolean persistent() {
        return dataDirectory != null;
    }

    /** The directory {@code names} under the service's root, created if missing. */
    public synchronized Path directory(String... names) {
        try {
            if (root == null) {
                root = persistent() ? Files.createDirectories(dataDirectory.resolve(service))
                        : Files.createTempDirectory("aws-emulator-" + service + "-");
            }
            Path directory = root;
            for (String name : names) {
                directory = directory.resolve(name);
            }
            return Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("could not make a directory for " + service + " files", e);
        }
    }

    /** Writes a whole file under the service's root, replacing any earlier one in one rename. */
    public StoredFile write(String name, byte[] content) {
        Path file = directory().resolve(name);
        Path temp = file.resolveSibling(name + ".tmp");
        try {
            Files.write(temp, content);
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return new StoredFile(file);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + file, e);
        }
    }

    /** Deletes the directory {@code names} under the service's root with everything in it. */
    public void delete(String... names) {
        Path directory;
        synchronized (this) {
            if (root == null) {
                return;
            }
            directory = root;
            for (String name : names) {
                directory = directory.resolve(name);
            }
        }
        deleteTree(directory);
    }

    /** Deletes a temporary root; a data directory's files stay. */
    synchronized void close() {
        if (!persistent() && root != null) {
            deleteTree(root);
            root = null;
        }
    }

    private static void deleteTree(Path top) {
        if (!Files.exists(top)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(top)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not delete " + top, e);
        }
    }

    /** A file a service wrote, for the people and clients that read it (a trust store). */
    public record StoredFile(Path path) {
    }
}
