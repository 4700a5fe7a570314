package dev.awsemulator.core.kinesis;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** The 128-bit hash key space that shards divide among themselves, and how a record lands in it. */
final class HashKeys {

    static final BigInteger SPACE = BigInteger.ONE.shiftLeft(128);
    static final BigInteger MAX = SPACE.subtract(BigInteger.ONE);
    static final Pattern DECIMAL = Pattern.compile("0|([1-9]\\d{0,38})");

    /** One digest per thread: looking MD5 up among the security providers costs more than hashing a key. */
    private static final ThreadLocal<MessageDigest> MD5 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has MD5", e);
        }
    });

    private HashKeys() {
    }

    /** A closed interval of hash keys. */
    record Range(BigInteger start, BigInteger end) {
        boolean contains(BigInteger key) {
            return start.compareTo(key) <= 0 && key.compareTo(end) <= 0;
        }
    }

    /**
     * AWS's split of the space into {@code n} shards: each gets floor(2^128 / n) keys and the last
     * one also takes the remainder, so it always ends at 2^128 - 1.
     */
    static List<Range> split(int n) {
        return split(new Range(BigInteger.ZERO, MAX), n);
    }

    /** The same uniform split of an arbitrary range, used when rescaling a stream. */
    static List<Range> split(Range range, int n) {
        BigInteger size = range.end.subtract(range.start).add(BigInteger.ONE);
        BigInteger width = size.divide(BigInteger.valueOf(n));
        List<Range> ranges = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            BigInteger start = range.start.add(width.multiply(BigInteger.valueOf(i)));
            BigInteger end = i == n - 1 ? range.end : start.add(width).subtract(BigInteger.ONE);
            ranges.add(new Range(start, end));
        }
        return ranges;
    }

    /** MD5 of the UTF-8 partition key, read as an unsigned big-endian 128-bit number. */
    static BigInteger ofPartitionKey(String partitionKey) {
        return new BigInteger(1, MD5.get().digest(partitionKey.getBytes(StandardCharsets.UTF_8)));
    }

    /** Parses an ExplicitHashKey, or answers null when it is not a decimal within the key space. */
    static BigInteger parse(String value) {
        if (value == null || !DECIMAL.matcher(value).matches()) {
            return null;
        }
        BigInteger key = new BigInteger(value);
        return key.compareTo(MAX) > 0 ? null : key;
    }
}
