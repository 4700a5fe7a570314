package dev.awsemulator.core.sns.filter;

/**
 * How filtering compares numbers. The SNS docs promise numeric matching from -10^9 to 10^9 with five digits
 * after the decimal point, so both sides are rounded to that precision and compared as integers; a message
 * number outside the range never satisfies a numeric comparison.
 */
final class Numbers {

    static final double LIMIT = 1e9;
    private static final double SCALE = 1e5;

    private Numbers() {
    }

    static boolean inRange(double value) {
        return value >= -LIMIT && value <= LIMIT;
    }

    /** The value in units of 10^-5; exact for the whole range, since 10^14 is far below 2^53. */
    static long fixed(double value) {
        return Math.round(value * SCALE);
    }

    /** A policy operand: AWS refuses one outside the range. */
    static long operand(double value) {
        if (!inRange(value)) {
            throw InvalidFilterPolicyException.of(PolicyMessages.NUMBER_OUT_OF_RANGE);
        }
        return fixed(value);
    }
}
