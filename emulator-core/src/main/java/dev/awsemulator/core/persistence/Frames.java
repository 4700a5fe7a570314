package dev.awsemulator.core.persistence;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.zip.CRC32;

/**
 * The files' layout. A file starts with a header (magic, file type, format version, generation); then come
 * entries, each framed as its length, the CRC32 of its body, and the body (operation, scope, id, kind,
 * image). A frame cut short or with a wrong CRC ends a journal: that is where a killed process stopped
 * writing, and nothing after it was acknowledged.
 */
final class Frames {

    static final int MAGIC = 0x41574553;
    static final int VERSION = 1;
    static final byte JOURNAL = 'J';
    static final byte SNAPSHOT = 'S';
    static final int HEADER_BYTES = 4 + 1 + 1 + 8;

    private static final byte PUT = 1;
    private static final byte REMOVE = 2;
    private static final byte DROP = 3;
    private static final int MAX_FRAME_BYTES = 256 << 20;

    private Frames() {
    }

    static ByteBuffer header(byte fileType, long generation) {
        ByteBuffer header = ByteBuffer.allocate(HEADER_BYTES);
        header.putInt(MAGIC).put(fileType).put((byte) VERSION).putLong(generation).flip();
        return header;
    }

    /** The generation a header names; fails unless it is a header of {@code fileType} in a version we read. */
    static long readHeader(DataInputStream in, byte fileType, String file) throws IOException {
        if (in.readInt() != MAGIC || in.readByte() != fileType) {
            throw new IOException(file + " is not an emulator data file");
        }
        int version = in.readByte();
        if (version != VERSION) {
            throw new IOException(file + " has format version " + version + "; this emulator reads version " + VERSION);
        }
        return in.readLong();
    }

    static byte[] put(String kind, String scope, String id, byte[] image) {
        return frame(out -> {
            out.writeByte(PUT);
            out.writeUTF(scope);
            out.writeUTF(id);
            out.writeUTF(kind);
            out.write(image);
        });
    }

    static byte[] remove(String scope, String id) {
        return frame(out -> {
            out.writeByte(REMOVE);
            out.writeUTF(scope);
            out.writeUTF(id);
        });
    }

    static byte[] drop(String scope) {
        return frame(out -> {
            out.writeByte(DROP);
            out.writeUTF(scope);
        });
    }

    private interface Body {
        void write(DataOutputStream out) throws IOException;
    }

    private static byte[] frame(Body body) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(128);
            DataOutputStream out = new DataOutputStream(bytes);
            out.writeLong(0);
            body.write(out);
            byte[] frame = bytes.toByteArray();
            CRC32 crc = new CRC32();
            crc.update(frame, 8, frame.length - 8);
            ByteBuffer.wrap(frame).putInt(frame.length - 8).putInt((int) crc.getValue());
            return frame;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Applies entries to {@code state} until the end of {@code in} or the first damaged frame; answers the
     * number of bytes of whole entries read, so a caller can tell where a torn tail starts.
     */
    static long apply(InputStream in, RestoredState state) throws IOException {
        DataInputStream data = new DataInputStream(in);
        long good = 0;
        while (true) {
            int length;
            int expectedCrc;
            byte[] body;
            try {
                length = data.readInt();
                expectedCrc = data.readInt();
                if (length < 1 || length > MAX_FRAME_BYTES) {
                    return good;
                }
                body = data.readNBytes(length);
            } catch (EOFException e) {
                return good;
            }
            CRC32 crc = new CRC32();
            crc.update(body);
            if (body.length != length || (int) crc.getValue() != expectedCrc) {
                return good;
            }
            applyBody(body, state);
            good += 8 + length;
        }
    }

    private static void applyBody(byte[] body, RestoredState state) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(body));
        byte op = in.readByte();
        String scope = in.readUTF();
        switch (op) {
            case PUT -> {
                String id = in.readUTF();
                String kind = in.readUTF();
                state.put(kind, scope, id, in.readAllBytes());
            }
            case REMOVE -> state.remove(scope, in.readUTF());
            case DROP -> state.drop(scope);
            default -> throw new IOException("unknown journal operation " + op);
        }
    }
}
