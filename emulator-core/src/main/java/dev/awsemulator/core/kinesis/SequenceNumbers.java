package dev.awsemulator.core.kinesis;

import java.math.BigInteger;
import java.util.regex.Pattern;

/**
 * Sequence numbers in AWS's shape: 56-digit decimals. The layout (kinesalite's, which kinesis-mock
 * shares) puts the shard's creation time and a per-shard counter in the high digits, so numbers of one
 * shard increase with the counter, and ends with the shard index, so a number tells which shard it
 * belongs to. In hex: {@code 2 | shardCreateSecs:9 | shardIndex%16:1 | counter:16 | 00 | recordSecs:9 | shardIndex:8 | 2}.
 */
final class SequenceNumbers {

    private static final Pattern FORMAT = Pattern.compile("0|([1-9]\\d{0,128})");
    private static final int HEX_DIGITS = 47;

    private SequenceNumbers() {
    }

    static BigInteger of(long shardCreateSecs, int shardIndex, long counter, long recordSecs) {
        String hex = "2" + hex(shardCreateSecs, 9) + Integer.toHexString(shardIndex & 0xF) + hex(counter, 16) + "00"
                + hex(recordSecs, 9) + hex(shardIndex, 8) + "2";
        return new BigInteger(hex, 16);
    }

    /** Parses a caller's sequence number, or answers null when it is not a decimal of the model's form. */
    static BigInteger parse(String value) {
        return value != null && FORMAT.matcher(value).matches() ? new BigInteger(value) : null;
    }

    /** The shard index a number of our layout encodes, or -1 when it is not of our layout. */
    static int shardIndex(BigInteger sequenceNumber) {
        String hex = sequenceNumber.toString(16);
        if (hex.length() != HEX_DIGITS || !hex.startsWith("2") || !hex.endsWith("2")) {
            return -1;
        }
        return (int) Long.parseLong(hex.substring(HEX_DIGITS - 9, HEX_DIGITS - 1), 16);
    }

    /** The per-shard counter of a number of our layout. */
    static long counter(BigInteger sequenceNumber) {
        return Long.parseUnsignedLong(sequenceNumber.toString(16).substring(11, 27), 16);
    }

    private static String hex(long value, int digits) {
        String hex = Long.toHexString(value);
        if (hex.length() > digits) {
            hex = hex.substring(hex.length() - digits);
        }
        return "0".repeat(digits - hex.length()) + hex;
    }
}
