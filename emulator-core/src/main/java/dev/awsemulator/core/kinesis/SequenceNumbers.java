package dev.awsemulator.core.kinesis;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
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
    private static final long BILLION = 1_000_000_000L;
    /** Decimal limbs (base 10^9, least significant first) of 2^(16k) for k = 0..11: enough for 192 bits. */
    private static final long[][] POWERS_OF_2_16 = new long[12][];
    private static final int LIMBS = 7;
    /** Room for any number of the layout: 2^188 has 57 digits. */
    static final int DIGITS = 9 * LIMBS;

    static {
        for (int k = 0; k < POWERS_OF_2_16.length; k++) {
            BigInteger power = BigInteger.ONE.shiftLeft(16 * k);
            long[] limbs = new long[LIMBS];
            for (int i = 0; i < LIMBS; i++) {
                BigInteger[] split = power.divideAndRemainder(BigInteger.valueOf(BILLION));
                limbs[i] = split[1].longValueExact();
                power = split[0];
            }
            POWERS_OF_2_16[k] = limbs;
        }
    }

    private SequenceNumbers() {
    }

    static BigInteger of(long shardCreateSecs, int shardIndex, long counter, long recordSecs) {
        String hex = "2" + hex(shardCreateSecs, 9) + Integer.toHexString(shardIndex & 0xF) + hex(counter, 16) + "00"
                + hex(recordSecs, 9) + hex(shardIndex, 8) + "2";
        return new BigInteger(hex, 16);
    }

    /**
     * The decimal text of {@link #of}, without BigInteger's division: every record's number is written
     * out on each put and read, where BigInteger.toString would be a large part of the call's work.
     */
    static String format(long shardCreateSecs, int shardIndex, long counter, long recordSecs) {
        return text(digits(shardCreateSecs, shardIndex, counter, recordSecs));
    }

    /** The number's decimal digits as ASCII, right-aligned in {@link #DIGITS} places with leading zeros. */
    static byte[] digits(long shardCreateSecs, int shardIndex, long counter, long recordSecs) {
        long createSecs = shardCreateSecs & 0xF_FFFF_FFFFL;
        long secs = recordSecs & 0xF_FFFF_FFFFL;
        long low = 2L | (shardIndex & 0xFFFF_FFFFL) << 4 | secs << 36;
        long middle = secs >>> 28 | counter << 16;
        long high = counter >>> 48 | (long) (shardIndex & 0xF) << 16 | createSecs << 20 | 2L << 56;
        return decimal(new long[] {low, middle, high});
    }

    /** The text of {@link #digits}: without leading zeros. */
    static String text(byte[] digits) {
        int first = 0;
        while (first < digits.length - 1 && digits[first] == '0') {
            first++;
        }
        return new String(digits, first, digits.length - first, StandardCharsets.ISO_8859_1);
    }

    /** An unsigned number of 64-bit words, least significant first, summed chunk by chunk in base 10^9. */
    private static byte[] decimal(long[] words) {
        long[] limbs = new long[LIMBS];
        for (int k = 0; k < POWERS_OF_2_16.length; k++) {
            long chunk = words[k / 4] >>> (16 * (k % 4)) & 0xFFFF;
            if (chunk != 0) {
                long[] power = POWERS_OF_2_16[k];
                for (int i = 0; i < LIMBS; i++) {
                    limbs[i] += chunk * power[i];
                }
            }
        }
        byte[] digits = new byte[DIGITS];
        for (int i = 0; i < LIMBS; i++) {
            if (i < LIMBS - 1) {
                limbs[i + 1] += limbs[i] / BILLION;
            }
            writeNineDigits((int) (limbs[i] % BILLION), digits, digits.length - 9 * i);
        }
        return digits;
    }

    /** Writes {@code value} (below 10^9) as nine digits ending before {@code end}, two digits per division. */
    private static void writeNineDigits(int value, byte[] digits, int end) {
        int rest = value;
        int at = end;
        for (int pair = 0; pair < 4; pair++) {
            int next = rest / 100;
            int twoDigits = rest - next * 100;
            digits[--at] = (byte) ('0' + twoDigits % 10);
            digits[--at] = (byte) ('0' + twoDigits / 10);
            rest = next;
        }
        digits[--at] = (byte) ('0' + rest);
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
