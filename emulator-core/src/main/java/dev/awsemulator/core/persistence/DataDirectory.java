package dev.awsemulator.core.persistence;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

/**
 * An emulator's state on disk: a snapshot and the journal of changes since. The state on disk is always
 * the snapshot plus the journals of its generation and later, so every step of a compaction can be cut
 * short by a kill: a new journal is started first, the snapshot is written to a temporary file, forced to
 * the device and renamed over the old one, and only then are older journals deleted.
 */
public final class DataDirectory implements StateJournal, AutoCloseable {

    private static final String SNAPSHOT = "snapshot";
    private static final String SNAPSHOT_TEMP = "snapshot.tmp";
    private static final String JOURNAL_PREFIX = "journal-";
    private static final String LOCK = "lock";

    private final Path directory;
    private final PersistenceOptions options;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final RestoredState restored = new RestoredState();
    private final Object compaction = new Object();
    private final AtomicBoolean compactionQueued = new AtomicBoolean();
    private final ExecutorService compactor = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "data-directory-compaction");
        thread.setDaemon(true);
        return thread;
    });
    private List<? extends PersistentService> services = List.of();
    private long generation;
    private FileChannel journal;
    private long journalBytes;
    private boolean closed;

    private DataDirectory(PersistenceOptions options) throws IOException {
        this.options = options;
        this.directory = options.directory();
        Files.createDirectories(directory);
        this.lockChannel = FileChannel.open(directory.resolve(LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock acquired;
        try {
            acquired = lockChannel.tryLock();
        } catch (OverlappingFileLockException e) {
            acquired = null; // held by another emulator in this same JVM
        }
        if (acquired == null) {
            lockChannel.close();
            throw new IllegalStateException("data directory " + directory + " is in use by another emulator");
        }
        this.lock = acquired;
    }

    /** Opens {@code options.directory()} and reads its state; call {@link #start} once the services have it. */
    public static DataDirectory open(PersistenceOptions options) {
        try {
            DataDirectory dataDirectory = new DataDirectory(options);
            dataDirectory.read();
            return dataDirectory;
        } catch (IOException e) {
            throw new UncheckedIOException("could not read data directory " + options.directory(), e);
        }
    }

    /** The state found on disk when the directory was opened. */
    public RestoredState restored() {
        return restored;
    }

    /**
     * Starts journaling for {@code services}: first a snapshot of what they restored, so a damaged journal
     * tail is left behind for good and the next start reads one file.
     */
    public void start(List<? extends PersistentService> services) {
        this.services = List.copyOf(services);
        compact();
    }

    @Override
    public boolean enabled() {
        return true;
    }

    @Override
    public <T> void put(StateKind<T> kind, String scope, String id, T image) {
        append(Frames.put(kind.name(), scope, id, ImageCodec.encode(image)));
    }

    @Override
    public void remove(String scope, String id) {
        append(Frames.remove(scope, id));
    }

    @Override
    public void drop(String scope) {
        append(Frames.drop(scope));
    }

    private void append(byte[] frame) {
        boolean compactNow;
        synchronized (this) {
            if (journal == null) {
                return;
            }
            try {
                ByteBuffer buffer = ByteBuffer.wrap(frame);
                while (buffer.hasRemaining()) {
                    journal.write(buffer);
                }
                if (options.syncEveryWrite()) {
                    journal.force(false);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("could not write the journal in " + directory, e);
            }
            journalBytes += frame.length;
            compactNow = journalBytes > options.compactAfterBytes() && compactionQueued.compareAndSet(false, true);
        }
        if (compactNow) {
            compactor.execute(() -> {
                compactionQueued.set(false);
                synchronized (compaction) {
                    if (journalTooLong()) {
                        compact();
                    }
                }
            });
        }
    }

    /** False once another compaction (e.g. an explicit one) got there first. */
    private synchronized boolean journalTooLong() {
        return journalBytes > options.compactAfterBytes();
    }

    /**
     * Replaces the journal by a snapshot of the services' current state. Changes keep being journaled
     * meanwhile, into a new journal that the snapshot's generation names: replaying it over the snapshot
     * repeats some changes the snapshot already holds, which images make harmless.
     */
    public void compact() {
        synchronized (compaction) {
            long snapshotGeneration;
            synchronized (this) {
                if (closed) {
                    return;
                }
                snapshotGeneration = rotate();
            }
            try {
                writeSnapshot(snapshotGeneration);
                deleteJournalsBefore(snapshotGeneration);
            } catch (IOException e) {
                throw new UncheckedIOException("could not write a snapshot in " + directory, e);
            }
        }
    }

    /** Writes a last snapshot and releases the directory. */
    @Override
    public void close() {
        compact();
        release();
    }

    /** Stops journaling and releases the directory, writing nothing more: what is on disk stays as it is. */
    public void release() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            closeQuietly(journal);
            journal = null;
        }
        compactor.shutdown();
        try {
            lock.release();
            lockChannel.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private long rotate() {
        try {
            closeQuietly(journal);
            long next = generation + 1;
            FileChannel opened = FileChannel.open(journalPath(next), StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE);
            write(opened, Frames.header(Frames.JOURNAL, next));
            journal = opened;
            generation = next;
            journalBytes = 0;
            return next;
        } catch (IOException e) {
            throw new UncheckedIOException("could not start a journal in " + directory, e);
        }
    }

    private void writeSnapshot(long snapshotGeneration) throws IOException {
        Path temp = directory.resolve(SNAPSHOT_TEMP);
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            write(channel, Frames.header(Frames.SNAPSHOT, snapshotGeneration));
            OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
            SnapshotWriter writer = new SnapshotWriter(out);
            for (PersistentService service : services) {
                service.exportState(writer);
            }
            out.flush();
            channel.force(true);
        }
        try {
            Files.move(temp, directory.resolve(SNAPSHOT), StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, directory.resolve(SNAPSHOT), StandardCopyOption.REPLACE_EXISTING);
        }
        syncDirectory();
    }

    /** Makes the rename durable; some platforms cannot open a directory, and there it is left to the OS. */
    private void syncDirectory() {
        try (FileChannel dir = FileChannel.open(directory, StandardOpenOption.READ)) {
            dir.force(true);
        } catch (IOException e) {
            // Not supported here (e.g. Windows): the rename still happens, only its durability is the OS's.
        }
    }

    private void read() throws IOException {
        Path snapshot = directory.resolve(SNAPSHOT);
        long snapshotGeneration = 0;
        if (Files.exists(snapshot)) {
            try (InputStream in = new BufferedInputStream(Files.newInputStream(snapshot), 1 << 16)) {
                DataInputStream data = new DataInputStream(in);
                snapshotGeneration = Frames.readHeader(data, Frames.SNAPSHOT, snapshot.toString());
                Frames.apply(data, restored);
            }
        }
        long last = snapshotGeneration;
        for (var entry : journals().entrySet()) {
            long journalGeneration = entry.getKey();
            last = Math.max(last, journalGeneration);
            if (journalGeneration < snapshotGeneration) {
                continue;
            }
            try (InputStream in = new BufferedInputStream(Files.newInputStream(entry.getValue()), 1 << 16)) {
                DataInputStream data = new DataInputStream(in);
                try {
                    Frames.readHeader(data, Frames.JOURNAL, entry.getValue().toString());
                } catch (java.io.EOFException e) {
                    continue; // killed while the journal was being created: it holds nothing
                }
                Frames.apply(data, restored);
            }
        }
        generation = last;
    }

    private TreeMap<Long, Path> journals() throws IOException {
        TreeMap<Long, Path> found = new TreeMap<>();
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                String name = file.getFileName().toString();
                if (name.startsWith(JOURNAL_PREFIX)) {
                    try {
                        found.put(Long.parseLong(name.substring(JOURNAL_PREFIX.length())), file);
                    } catch (NumberFormatException e) {
                        // not one of ours: leave it alone
                    }
                }
            }
        }
        return found;
    }

    private void deleteJournalsBefore(long snapshotGeneration) throws IOException {
        List<Path> old = new ArrayList<>(journals().headMap(snapshotGeneration).values());
        for (Path file : old) {
            Files.deleteIfExists(file);
        }
    }

    private Path journalPath(long journalGeneration) {
        return directory.resolve(JOURNAL_PREFIX + String.format("%020d", journalGeneration));
    }

    private static void write(FileChannel channel, ByteBuffer buffer) throws IOException {
        while (buffer.hasRemaining()) {
            channel.write(buffer);
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel == null) {
            return;
        }
        try {
            channel.close();
        } catch (IOException e) {
            // The journal is superseded or the process is stopping; its writes are already in the file.
        }
    }

    /** Writes a service's export into a snapshot: puts only, framed as the journal frames them. */
    private static final class SnapshotWriter implements StateJournal {
        private final OutputStream out;

        SnapshotWriter(OutputStream out) {
            this.out = out;
        }

        @Override
        public boolean enabled() {
            return true;
        }

        @Override
        public <T> void put(StateKind<T> kind, String scope, String id, T image) {
            try {
                out.write(Frames.put(kind.name(), scope, id, ImageCodec.encode(image)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void remove(String scope, String id) {
            throw new UnsupportedOperationException("a snapshot holds current state only");
        }

        @Override
        public void drop(String scope) {
            throw new UnsupportedOperationException("a snapshot holds current state only");
        }
    }
}
