package dev.awsemulator.core.sns.filter;

/** {"anything-but": {"prefix": p}}: matches any value that is not a string starting with p. */
record AnythingButPrefix(String prefix) implements Negation {

    @Override
    public boolean matchesText(String value) {
        return !value.startsWith(prefix);
    }

    @Override
    public boolean matchesNumber(double value) {
        return true;
    }
}
