package dev.awsemulator.core.kinesis;

import java.math.BigInteger;

/**
 * Writes the sequence numbers of one shard, record after record. Successive records mostly differ by
 * one in the counter within one second, which adds 2^80 to the number: adding its 25 digits to the
 * previous number's digits is several times cheaper than converting from binary. Not thread-safe.
 */
final class SequenceNumberWriter {

    /** The digit values (0 to 9) of 2^80, the counter's unit, aligned as {@link SequenceNumbers#digits}. */
    private static final byte[] COUNTER_STEP = new byte[SequenceNumbers.DIGITS];
    private static final int STEP_FIRST_DIGIT;

    static {
        String step = BigInteger.ONE.shiftLeft(80).toString();
        STEP_FIRST_DIGIT = COUNTER_STEP.length - step.length();
        for (int i = 0; i < step.length(); i++) {
            COUNTER_STEP[STEP_FIRST_DIGIT + i] = (byte) (step.charAt(i) - '0');
        }
    }

    private final long shardCreateSecs;
    private final int shardIndex;
    private byte[] last;
    private long lastCounter;
    private long lastSecs;

    SequenceNumberWriter(long shardCreateSecs, int shardIndex) {
        this.shardCreateSecs = shardCreateSecs;
        this.shardIndex = shardIndex;
    }

    /** The same text as {@link SequenceNumbers#format} for this shard. */
    String format(long counter, long recordSecs) {
        // A counter wrapping to 0 would carry into the shard digits rather than add 2^80.
        if (last != null && recordSecs == lastSecs && counter - 1 == lastCounter && counter != 0) {
            addCounterStep();
        } else {
            last = SequenceNumbers.digits(shardCreateSecs, shardIndex, counter, recordSecs);
        }
        lastCounter = counter;
        lastSecs = recordSecs;
        return SequenceNumbers.text(last);
    }

    private void addCounterStep() {
        int carry = 0;
        for (int i = last.length - 1; i >= 0 && (i >= STEP_FIRST_DIGIT || carry > 0); i--) {
            int sum = last[i] + COUNTER_STEP[i] + carry;
            carry = sum > '9' ? 1 : 0;
            last[i] = (byte) (sum - 10 * carry);
        }
    }
}
