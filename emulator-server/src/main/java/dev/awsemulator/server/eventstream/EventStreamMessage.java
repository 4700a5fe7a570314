package dev.awsemulator.server.eventstream;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;

/**
 * One message of the AWS event-stream encoding: a prelude (total and header lengths, CRC32), the
 * headers, the payload and a CRC32 of everything before it. Headers are all strings (type 7): SDK v2
 * reads every header as a string and fails on any other type.
 */
public final class EventStreamMessage {

    private static final int OVERHEAD_BYTES = 16;
    private static final byte STRING_HEADER = 7;

    private EventStreamMessage() {
    }

    /** An event: {@code :message-type=event}, its type, and a JSON payload. */
    public static ByteBuffer event(String eventType, byte[] jsonPayload) {
        return encode(headers(":event-type", eventType, ":content-type", "application/json",
                ":message-type", "event"), jsonPayload);
    }

    /** A modeled error mid-stream: the SDK raises the exception class the type names. */
    public static ByteBuffer exception(String exceptionType, byte[] jsonPayload) {
        return encode(headers(":exception-type", exceptionType, ":content-type", "application/json",
                ":message-type", "exception"), jsonPayload);
    }

    /** Encodes headers in the order given (use an ordered map for a stable byte layout). */
    public static ByteBuffer encode(Map<String, String> headers, byte[] payload) {
        byte[] headerBytes = headerBytes(headers);
        int total = OVERHEAD_BYTES + headerBytes.length + payload.length;
        ByteBuffer message = ByteBuffer.allocate(total);
        message.putInt(total).putInt(headerBytes.length);
        message.putInt((int) crc(message.array(), 0, 8));
        message.put(headerBytes).put(payload);
        message.putInt((int) crc(message.array(), 0, total - 4));
        return message.flip();
    }

    private static Map<String, String> headers(String... namesAndValues) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            headers.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return headers;
    }

    private static byte[] headerBytes(Map<String, String> headers) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        headers.forEach((name, value) -> {
            byte[] nameBytes = name.getBytes(StandardCharsets.UTF_8);
            byte[] valueBytes = value.getBytes(StandardCharsets.UTF_8);
            out.write(nameBytes.length);
            out.writeBytes(nameBytes);
            out.write(STRING_HEADER);
            out.write(valueBytes.length >>> 8);
            out.write(valueBytes.length);
            out.writeBytes(valueBytes);
        });
        return out.toByteArray();
    }

    private static long crc(byte[] bytes, int offset, int length) {
        CRC32 crc = new CRC32();
        crc.update(bytes, offset, length);
        return crc.getValue();
    }
}
