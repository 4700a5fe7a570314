package dev.awsemulator.mq.rabbitmq;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.UUID;

/**
 * The records of one store transaction, in the journal's format: a message's metadata and content (once,
 * on its first enqueue), and which queue took or gave up which message.
 */
final class JournalBatch {

    static final byte MESSAGE = 1;
    static final byte ENQUEUE = 2;
    static final byte DEQUEUE = 3;
    static final byte COMMIT = 4;

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final DataOutputStream out = new DataOutputStream(bytes);

    /** A message's metadata, as its protocol's metadata type (the ordinal) encodes it, and its content. */
    void message(long messageNumber, int metaDataType, byte[] metaData, byte[] content) {
        write(() -> {
            out.writeByte(MESSAGE);
            out.writeLong(messageNumber);
            out.writeInt(metaDataType);
            out.writeInt(metaData.length);
            out.write(metaData);
            out.writeInt(content.length);
            out.write(content);
        });
    }

    void enqueue(UUID queue, long messageNumber) {
        instance(ENQUEUE, queue, messageNumber);
    }

    void dequeue(UUID queue, long messageNumber) {
        instance(DEQUEUE, queue, messageNumber);
    }

    boolean isEmpty() {
        return bytes.size() == 0;
    }

    /** The records followed by the commit mark. */
    byte[] committed() {
        byte[] records = bytes.toByteArray();
        byte[] committed = Arrays.copyOf(records, records.length + 1);
        committed[records.length] = COMMIT;
        return committed;
    }

    private void instance(byte kind, UUID queue, long messageNumber) {
        write(() -> {
            out.writeByte(kind);
            out.writeLong(queue.getMostSignificantBits());
            out.writeLong(queue.getLeastSignificantBits());
            out.writeLong(messageNumber);
        });
    }

    /** Writing to memory fails on no input; the checked exception is the stream interface's. */
    private static void write(Writing writing) {
        try {
            writing.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private interface Writing {
        void run() throws IOException;
    }
}
