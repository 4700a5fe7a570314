package dev.awsemulator.core.common.x509;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/**
 * The few ASN.1 DER encodings an X.509 certificate needs. Each method returns one complete
 * tag-length-value, so a structure is written as nested calls that mirror its ASN.1 definition.
 * The core module may not use BouncyCastle and the JDK has no public DER writer, hence this class.
 * Shared by every service that makes a certificate (SNS signs messages, MSK and MQ brokers serve TLS).
 */
final class Der {

    private static final int INTEGER = 0x02;
    private static final int BIT_STRING = 0x03;
    private static final int OCTET_STRING = 0x04;
    private static final int NULL = 0x05;
    private static final int OBJECT_IDENTIFIER = 0x06;
    private static final int UTF8_STRING = 0x0C;
    private static final int UTC_TIME = 0x17;
    private static final int GENERALIZED_TIME = 0x18;
    private static final int SEQUENCE = 0x30;
    private static final int SET = 0x31;
    private static final int CONTEXT_PRIMITIVE = 0x80;
    private static final int CONTEXT_CONSTRUCTED = 0xA0;

    private static final DateTimeFormatter UTC_TIME_FORMAT = DateTimeFormatter.ofPattern("yyMMddHHmmss'Z'");
    private static final DateTimeFormatter GENERALIZED_TIME_FORMAT = DateTimeFormatter.ofPattern("yyyyMMddHHmmss'Z'");

    private Der() {
    }

    static byte[] sequence(byte[]... elements) {
        return tlv(SEQUENCE, concat(elements));
    }

    /** Only ever called with one element; DER would otherwise require sorting the encodings. */
    static byte[] set(byte[] element) {
        return tlv(SET, element);
    }

    /** {@link BigInteger#toByteArray()} is already minimal two's complement, which is exactly DER. */
    static byte[] integer(BigInteger value) {
        return tlv(INTEGER, value.toByteArray());
    }

    static byte[] oid(String dotted) {
        String[] arcs = dotted.split("\\.");
        ByteArrayOutputStream content = new ByteArrayOutputStream();
        // X.690 8.19.4: the first two arcs share one subidentifier.
        writeBase128(content, Long.parseLong(arcs[0]) * 40 + Long.parseLong(arcs[1]));
        for (int i = 2; i < arcs.length; i++) {
            writeBase128(content, Long.parseLong(arcs[i]));
        }
        return tlv(OBJECT_IDENTIFIER, content.toByteArray());
    }

    static byte[] nul() {
        return tlv(NULL, new byte[0]);
    }

    /** Always whole bytes (signatures, keys), so the leading "unused bits" octet is 0. */
    static byte[] bitString(byte[] bits) {
        return tlv(BIT_STRING, concat(new byte[] {0}, bits));
    }

    static byte[] octetString(byte[] bytes) {
        return tlv(OCTET_STRING, bytes);
    }

    static byte[] utf8String(String text) {
        return tlv(UTF8_STRING, text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * RFC 5280 4.1.2.5: UTCTime for years 1950 to 2049, GeneralizedTime from 2050, both in UTC with
     * whole seconds; any fraction of the instant is dropped.
     */
    static byte[] time(Instant instant) {
        ZonedDateTime utc = instant.atZone(ZoneOffset.UTC);
        boolean utcTime = utc.getYear() >= 1950 && utc.getYear() < 2050;
        String text = (utcTime ? UTC_TIME_FORMAT : GENERALIZED_TIME_FORMAT).format(utc);
        return tlv(utcTime ? UTC_TIME : GENERALIZED_TIME, text.getBytes(StandardCharsets.US_ASCII));
    }

    /** An implicitly tagged primitive {@code [tagNumber]}, as GeneralName uses for dNSName [2] and iPAddress [7]. */
    static byte[] implicit(int tagNumber, byte[] content) {
        return tlv(CONTEXT_PRIMITIVE | tagNumber, content);
    }

    /** An explicitly tagged {@code [tagNumber]} wrapper, as X.509 uses for version [0] and extensions [3]. */
    static byte[] explicit(int tagNumber, byte[] inner) {
        return tlv(CONTEXT_CONSTRUCTED | tagNumber, inner);
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    private static byte[] tlv(int tag, byte[] content) {
        return concat(new byte[] {(byte) tag}, length(content.length), content);
    }

    /** Short form below 128; otherwise 0x80 | count of length bytes, then the length big-endian. */
    private static byte[] length(int length) {
        if (length < 0x80) {
            return new byte[] {(byte) length};
        }
        byte[] bigEndian = BigInteger.valueOf(length).toByteArray();
        // toByteArray may add a sign byte (0x00) that is not part of the length.
        int skip = bigEndian[0] == 0 ? 1 : 0;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(0x80 | (bigEndian.length - skip));
        out.write(bigEndian, skip, bigEndian.length - skip);
        return out.toByteArray();
    }

    /** Seven bits per byte, most significant first, high bit set on all but the last. */
    private static void writeBase128(ByteArrayOutputStream out, long value) {
        int groups = Math.max(1, (64 - Long.numberOfLeadingZeros(value) + 6) / 7);
        for (int i = groups - 1; i >= 0; i--) {
            int sevenBits = (int) (value >>> (7 * i)) & 0x7F;
            out.write(i == 0 ? sevenBits : sevenBits | 0x80);
        }
    }
}
