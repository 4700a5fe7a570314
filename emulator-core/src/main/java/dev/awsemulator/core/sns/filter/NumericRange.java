package dev.awsemulator.core.sns.filter;

/**
 * {"numeric": [...]}: bounds compiled to fixed-point integers, an absent bound being Long.MIN_VALUE or
 * Long.MAX_VALUE; "=" is the range from a value to itself.
 */
record NumericRange(long lower, boolean lowerInclusive, long upper, boolean upperInclusive) implements Rule {

    static final long UNBOUNDED_BELOW = Long.MIN_VALUE;
    static final long UNBOUNDED_ABOVE = Long.MAX_VALUE;

    @Override
    public boolean matchesNumber(double value) {
        if (!Numbers.inRange(value)) {
            return false;
        }
        long fixed = Numbers.fixed(value);
        boolean aboveLower = lowerInclusive ? fixed >= lower : fixed > lower;
        boolean belowUpper = upperInclusive ? fixed <= upper : fixed < upper;
        return aboveLower && belowUpper;
    }
}
