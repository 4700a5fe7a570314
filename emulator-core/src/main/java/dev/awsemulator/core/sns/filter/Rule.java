package dev.awsemulator.core.sns.filter;

/**
 * One compiled value of a key's rule list. A message value is offered by its JSON type, so that matching
 * wraps nothing; a rule answers false for the types it does not apply to.
 */
interface Rule {

    default boolean matchesText(String value) {
        return false;
    }

    default boolean matchesNumber(double value) {
        return false;
    }

    default boolean matchesBoolean(boolean value) {
        return false;
    }

    default boolean matchesNull() {
        return false;
    }

    /** anything-but: on a String.Array attribute every element must pass it, where other rules need one. */
    default boolean isNegation() {
        return false;
    }
}
