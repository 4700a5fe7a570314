package dev.awsemulator.mq.rabbitmq;

import org.apache.qpid.server.store.StoreException;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/**
 * The file a broker's persistent messages are kept in: an append-only sequence of batches, each a
 * {@link JournalBatch}'s records closed by a commit mark and forced to the disk before the broker acknowledges
 * what the batch holds. Reading stops at the last commit mark, so a batch torn by a killed process counts as
 * never written, as its publisher or consumer was never answered.
 */
final class MessageJournal implements AutoCloseable {

    private final FileChannel channel;

    private MessageJournal(FileChannel channel) {
        this.channel = channel;
    }

    /** What the committed batches of {@code file} leave: the messages and which queues hold them. */
    static JournalImage replay(Path file) {
        JournalImage image = new JournalImage();
        if (!Files.exists(file)) {
            return image;
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            JournalImage.Batch batch = image.newBatch();
            while (true) {
                byte kind = in.readByte();
                switch (kind) {
                    case JournalBatch.MESSAGE -> batch.message(in.readLong(), in.readInt(), bytes(in), bytes(in));
                    case JournalBatch.ENQUEUE -> batch.enqueue(new UUID(in.readLong(), in.readLong()), in.readLong());
                    case JournalBatch.DEQUEUE -> batch.dequeue(new UUID(in.readLong(), in.readLong()), in.readLong());
                    case JournalBatch.COMMIT -> {
                        batch.apply();
                        batch = image.newBatch();
                    }
                    default -> {
                        // Not a record: the tail of a write the system never finished, after the last commit mark.
                        return image;
                    }
                }
            }
        } catch (EOFException torn) {
            return image;
        } catch (IOException e) {
            throw new StoreException("could not read the message journal " + file, e);
        }
    }

    /**
     * Replaces {@code file} with {@code compacted} alone, in one rename, and opens it to append to: the journal
     * starts each run holding only what is still queued.
     */
    static MessageJournal rewrite(Path file, JournalBatch compacted) {
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        try {
            try (FileChannel out = FileChannel.open(temporary, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                write(out, compacted);
            }
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return new MessageJournal(FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.APPEND));
        } catch (IOException e) {
            throw new StoreException("could not write the message journal " + file, e);
        }
    }

    /** Appends {@code batch} and forces it to the disk. */
    synchronized void append(JournalBatch batch) {
        try {
            write(channel, batch);
        } catch (IOException e) {
            throw new StoreException("could not append to the message journal", e);
        }
    }

    private static void write(FileChannel out, JournalBatch batch) throws IOException {
        ByteBuffer bytes = ByteBuffer.wrap(batch.committed());
        while (bytes.hasRemaining()) {
            out.write(bytes);
        }
        out.force(false);
    }

    private static byte[] bytes(DataInputStream in) throws IOException {
        byte[] bytes = new byte[in.readInt()];
        in.readFully(bytes);
        return bytes;
    }

    @Override
    public synchronized void close() {
        try {
            channel.close();
        } catch (IOException e) {
            throw new StoreException("could not close the message journal", e);
        }
    }
}
