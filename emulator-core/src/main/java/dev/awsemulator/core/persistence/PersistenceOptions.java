package dev.awsemulator.core.persistence;

import java.nio.file.Path;

/**
 * Where and how an emulator keeps its state on disk.
 *
 * @param directory         holds the snapshot, the journal and a lock file; created if missing
 * @param compactAfterBytes the journal size after which a snapshot replaces it, bounding restart time
 * @param syncEveryWrite    forces every journal write to the device before the change is acknowledged:
 *                          survives power loss, costs a disk flush per change. Without it a write reaches the
 *                          operating system before the acknowledgement, which survives the process being killed
 */
public record PersistenceOptions(Path directory, long compactAfterBytes, boolean syncEveryWrite) {

    public static final long DEFAULT_COMPACT_AFTER_BYTES = 64L << 20;

    public PersistenceOptions {
        if (directory == null) {
            throw new IllegalArgumentException("a data directory is required");
        }
        if (compactAfterBytes < 1) {
            throw new IllegalArgumentException("compactAfterBytes must be positive");
        }
    }

    public static PersistenceOptions at(Path directory) {
        return new PersistenceOptions(directory, DEFAULT_COMPACT_AFTER_BYTES, false);
    }

    public PersistenceOptions compactAfterBytes(long bytes) {
        return new PersistenceOptions(directory, bytes, syncEveryWrite);
    }

    public PersistenceOptions syncEveryWrite(boolean sync) {
        return new PersistenceOptions(directory, compactAfterBytes, sync);
    }
}
