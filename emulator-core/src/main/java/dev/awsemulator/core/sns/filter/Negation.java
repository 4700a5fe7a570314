package dev.awsemulator.core.sns.filter;

/**
 * anything-but in its forms. It excludes strings or numbers only, so the literals true, false and null always
 * pass it (the rule compiler AWS uses compares their literal text, which no excluded value equals).
 */
interface Negation extends Rule {

    @Override
    default boolean matchesBoolean(boolean value) {
        return true;
    }

    @Override
    default boolean matchesNull() {
        return true;
    }

    @Override
    default boolean isNegation() {
        return true;
    }
}
