package dev.awsemulator.core.sns.filter;

import java.util.List;

/**
 * Evaluates the OR-ed alternatives of a policy against one message. A reason is built only when every
 * alternative fails, so a match allocates none.
 */
interface Alternatives {

    boolean matches(List<KeyCondition> alternative);

    /** Why the alternative fails: the first key that fails on its own, or why the keys fail together. */
    String explain(List<KeyCondition> alternative);

    default MatchResult match(List<List<KeyCondition>> alternatives) {
        for (List<KeyCondition> alternative : alternatives) {
            if (matches(alternative)) {
                return MatchResult.MATCHED;
            }
        }
        String reason = explain(alternatives.get(0));
        return MatchResult.unmatched(alternatives.size() == 1 ? reason
                : "none of the " + alternatives.size() + " $or alternatives matched; the first failed on " + reason);
    }
}
