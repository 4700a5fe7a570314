package dev.awsemulator.core.sqs;

import dev.awsemulator.core.sqs.api.MessageAttributeValue;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The MD5s SQS returns and SDKs check: over the UTF-8 body, and over message attributes in the
 * SDK's own byte layout (names sorted, each part length-prefixed, one transport byte per value kind).
 * Lowercase hex, because the SDK compares with {@code String.equals}.
 */
public final class MessageDigests {

    private static final byte STRING = 1;
    private static final byte BINARY = 2;
    private static final byte STRING_LIST = 3;
    private static final byte BINARY_LIST = 4;

    private MessageDigests() {
    }

    public static String ofBody(String body) {
        return ofUtf8Body(body.getBytes(StandardCharsets.UTF_8));
    }

    static String ofUtf8Body(byte[] utf8) {
        return hex(md5().digest(utf8));
    }

    /** Null for no attributes: AWS then omits the digest. */
    public static String ofAttributes(Map<String, MessageAttributeValue> attributes) {
        if (attributes == null || attributes.isEmpty()) {
            return null;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (var entry : new TreeMap<>(attributes).entrySet()) {
            MessageAttributeValue value = entry.getValue();
            writeString(bytes, entry.getKey());
            writeString(bytes, value.dataType());
            if (value.stringValue() != null) {
                bytes.write(STRING);
                writeString(bytes, value.stringValue());
            } else if (value.binaryValue() != null) {
                bytes.write(BINARY);
                writeBytes(bytes, value.binaryValue());
            } else if (!isEmpty(value.stringListValues())) {
                bytes.write(STRING_LIST);
                value.stringListValues().forEach(item -> writeString(bytes, item));
            } else if (!isEmpty(value.binaryListValues())) {
                bytes.write(BINARY_LIST);
                value.binaryListValues().forEach(item -> writeBytes(bytes, item));
            }
        }
        return hex(md5().digest(bytes.toByteArray()));
    }

    private static boolean isEmpty(List<?> list) {
        return list == null || list.isEmpty();
    }

    private static void writeString(ByteArrayOutputStream out, String value) {
        writeBytes(out, value.getBytes(StandardCharsets.UTF_8));
    }

    private static void writeBytes(ByteArrayOutputStream out, byte[] value) {
        out.writeBytes(ByteBuffer.allocate(4).putInt(value.length).array());
        out.writeBytes(value);
    }

    private static MessageDigest md5() {
        try {
            return MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM provides MD5", e);
        }
    }

    private static String hex(byte[] digest) {
        return HexFormat.of().formatHex(digest);
    }
}
