package dev.awsemulator.mq.activemq;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Cuts the byte stream of a STOMP connection into whole frames, as STOMP over WebSocket sends one frame
 * per message: a command line, headers, a blank line, a body (of {@code content-length} bytes when the
 * header is there, else up to the first NUL) and the NUL that ends it. Heart-beats between frames (lone
 * end-of-lines) pass on as they come.
 */
final class StompFrames {

    private final ByteArrayOutputStream pending = new ByteArrayOutputStream();
    private final Consumer<byte[]> frames;

    StompFrames(Consumer<byte[]> frames) {
        this.frames = frames;
    }

    /** Takes the next bytes read from the broker; passes on every frame they complete. */
    void accept(byte[] bytes, int length) {
        pending.write(bytes, 0, length);
        byte[] data = pending.toByteArray();
        int start = 0;
        while (start < data.length) {
            if (data[start] == '\n' || data[start] == '\r') {
                int end = data[start] == '\r' && start + 1 < data.length && data[start + 1] == '\n' ? start + 2
                        : start + 1;
                frames.accept(slice(data, start, end));
                start = end;
                continue;
            }
            int end = frameEnd(data, start);
            if (end < 0) {
                break;
            }
            frames.accept(slice(data, start, end));
            start = end;
        }
        pending.reset();
        pending.write(data, start, data.length - start);
    }

    /** The index just past the frame starting at {@code start}, or -1 while it is incomplete. */
    private static int frameEnd(byte[] data, int start) {
        int headersEnd = indexOf(data, start, "\n\n".getBytes(StandardCharsets.US_ASCII));
        int crlfEnd = indexOf(data, start, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        int bodyStart;
        if (crlfEnd >= 0 && (headersEnd < 0 || crlfEnd < headersEnd)) {
            bodyStart = crlfEnd + 4;
            headersEnd = crlfEnd;
        } else if (headersEnd >= 0) {
            bodyStart = headersEnd + 2;
        } else {
            return -1;
        }
        long length = contentLength(new String(data, start, headersEnd - start, StandardCharsets.UTF_8));
        if (length >= 0) {
            long nul = bodyStart + length;
            return nul < data.length ? (int) nul + 1 : -1;
        }
        for (int i = bodyStart; i < data.length; i++) {
            if (data[i] == 0) {
                return i + 1;
            }
        }
        return -1;
    }

    private static long contentLength(String head) {
        List<String> lines = new ArrayList<>(List.of(head.split("\r?\n")));
        for (String line : lines.subList(Math.min(1, lines.size()), lines.size())) {
            if (line.startsWith("content-length:")) {
                try {
                    return Long.parseLong(line.substring("content-length:".length()).strip());
                } catch (NumberFormatException e) {
                    return -1;
                }
            }
        }
        return -1;
    }

    private static int indexOf(byte[] data, int from, byte[] needle) {
        outer:
        for (int i = from; i <= data.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (data[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static byte[] slice(byte[] data, int from, int to) {
        byte[] slice = new byte[to - from];
        System.arraycopy(data, from, slice, 0, slice.length);
        return slice;
    }
}
