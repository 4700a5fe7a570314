package dev.awsemulator.core.sns.filter;

/** A string in a rule list: matches that exact, case-sensitive string value. */
record ExactText(String text) implements Rule {

    @Override
    public boolean matchesText(String value) {
        return text.equals(value);
    }
}
