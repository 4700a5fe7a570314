package dev.awsemulator.server.http;

import org.xnio.channels.StreamSinkChannel;
import org.xnio.conduits.AbstractStreamSourceConduit;
import org.xnio.conduits.ConduitReadableByteChannel;
import org.xnio.conduits.Conduits;
import org.xnio.conduits.StreamSourceConduit;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;

/**
 * Hides the client's GOAWAY frames from Undertow on HTTP/2 connections opened with prior knowledge.
 * <p>
 * A GOAWAY only says the client opens no more streams; the streams it already opened must still be
 * answered in full (RFC 9113 §6.8). Undertow instead resets every open stream when it reads one. The
 * JavaScript SDK v3 sends GOAWAY as soon as a response's headers arrive, because it uses a connection
 * per request for Kinesis; with Undertow's reset, a {@code SubscribeToShard} event stream ended after
 * whatever was written before the GOAWAY was read, usually nothing. Without the frame, Undertow keeps
 * the streams going, and the connection closes when the client closes it after its last stream.
 * Connections that do not begin with the HTTP/2 preface (HTTP/1.1, including h2c upgrades) pass
 * through untouched.
 */
final class ClientGoAwayFilter extends AbstractStreamSourceConduit<StreamSourceConduit> {

    private static final byte[] PREFACE = "PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
    private static final int FRAME_HEADER_BYTES = 9;
    private static final byte GOAWAY = 0x7;

    private static final int FRAME_BUFFER_BYTES = 16 * 1024;

    /**
     * Preface-sized until the connection proves to be HTTP/2, so that an HTTP/1.1 connection (a long
     * poll among thousands) keeps no buffer of its own.
     */
    private byte[] input = new byte[PREFACE.length];
    private final byte[] header = new byte[FRAME_HEADER_BYTES];
    /** Output that did not fit the caller's buffer: at most one frame header. */
    private final ByteBuffer overflow = ByteBuffer.allocate(FRAME_HEADER_BYTES).flip();
    private int prefaceMatched;
    private boolean passThrough;
    private int headerFilled;
    private long payloadLeft;
    private boolean dropping;

    ClientGoAwayFilter(StreamSourceConduit next) {
        super(next);
    }

    @Override
    public int read(ByteBuffer dst) throws IOException {
        if (passThrough && !overflow.hasRemaining()) {
            return next.read(dst);
        }
        int start = dst.position();
        move(overflow, dst);
        while (dst.hasRemaining()) {
            int read = next.read(ByteBuffer.wrap(input, 0, Math.min(input.length, dst.remaining())));
            if (read <= 0) {
                return dst.position() > start || read == 0 ? dst.position() - start : -1;
            }
            int before = dst.position();
            filter(read, dst);
            if (prefaceMatched == PREFACE.length && input.length < FRAME_BUFFER_BYTES) {
                input = new byte[FRAME_BUFFER_BYTES];
            }
            if (dst.position() > before) {
                break;
            }
        }
        if (overflow.hasRemaining()) {
            next.wakeupReads();
        }
        return dst.position() - start;
    }

    private void filter(int length, ByteBuffer dst) {
        int i = 0;
        while (i < length) {
            if (passThrough) {
                emit(input, i, length - i, dst);
                return;
            }
            if (prefaceMatched < PREFACE.length) {
                if (input[i] != PREFACE[prefaceMatched]) {
                    passThrough = true;
                    continue;
                }
                prefaceMatched++;
                emit(input, i++, 1, dst);
            } else if (payloadLeft > 0) {
                int take = (int) Math.min(payloadLeft, length - i);
                if (!dropping) {
                    emit(input, i, take, dst);
                }
                payloadLeft -= take;
                i += take;
            } else {
                header[headerFilled++] = input[i++];
                if (headerFilled == FRAME_HEADER_BYTES) {
                    headerFilled = 0;
                    payloadLeft = (header[0] & 0xffL) << 16 | (header[1] & 0xffL) << 8 | header[2] & 0xffL;
                    dropping = header[3] == GOAWAY;
                    if (!dropping) {
                        emit(header, 0, FRAME_HEADER_BYTES, dst);
                    }
                }
            }
        }
    }

    /** Copies to {@code dst} what fits and keeps the rest for the next read. */
    private void emit(byte[] bytes, int offset, int length, ByteBuffer dst) {
        int fits = Math.min(length, dst.remaining());
        dst.put(bytes, offset, fits);
        if (fits < length) {
            overflow.compact().put(bytes, offset + fits, length - fits).flip();
        }
    }

    private static void move(ByteBuffer from, ByteBuffer to) {
        int fits = Math.min(from.remaining(), to.remaining());
        to.put(from.slice(from.position(), fits));
        from.position(from.position() + fits);
    }

    @Override
    public long read(ByteBuffer[] dsts, int offs, int len) throws IOException {
        for (int i = offs; i < offs + len; i++) {
            if (dsts[i].hasRemaining()) {
                return read(dsts[i]);
            }
        }
        return 0;
    }

    @Override
    public long transferTo(long position, long count, FileChannel target) throws IOException {
        return target.transferFrom(new ConduitReadableByteChannel(this), position, count);
    }

    @Override
    public long transferTo(long count, ByteBuffer throughBuffer, StreamSinkChannel target) throws IOException {
        return Conduits.transfer(this, count, throughBuffer, target);
    }
}
