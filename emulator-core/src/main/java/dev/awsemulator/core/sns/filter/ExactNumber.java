package dev.awsemulator.core.sns.filter;

/**
 * A number in a rule list: matches an equal number (301.5 equals 3.015e2), never the string "301.5". AWS
 * accepts such a number even outside the numeric range; there it only matches the same double.
 */
record ExactNumber(double number) implements Rule {

    @Override
    public boolean matchesNumber(double value) {
        if (Numbers.inRange(number) && Numbers.inRange(value)) {
            return Numbers.fixed(number) == Numbers.fixed(value);
        }
        return number == value;
    }
}
