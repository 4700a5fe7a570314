package dev.awsemulator.core.sns.filter;

/** prefix, suffix and equals-ignore-case: string-only tests that need no allocation at match time. */
record TextRule(Kind kind, String pattern) implements Rule {

    enum Kind { PREFIX, SUFFIX, EQUALS_IGNORE_CASE }

    @Override
    public boolean matchesText(String value) {
        return switch (kind) {
            case PREFIX -> value.startsWith(pattern);
            case SUFFIX -> value.endsWith(pattern);
            case EQUALS_IGNORE_CASE -> value.equalsIgnoreCase(pattern);
        };
    }
}
