package dev.awsemulator.core.sns.filter;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The SNS limits on a compiled policy: at most 5 keys and at most 150 combinations. */
final class PolicyLimits {

    static final int MAX_KEYS = 5;
    static final long MAX_COMBINATIONS = 150;

    private PolicyLimits() {
    }

    /**
     * The docs multiply the number of values of every key's array, weighting a nested key by its depth
     * ("four values in a three-level nested key, and ... three values in a two-level nested key ... 3 x 4 x 2 x
     * 3 = 72"); the alternatives of "$or" add up. Both rules reproduce the totals AWS was recorded refusing.
     */
    static void checkComplexity(PolicyObject root) {
        if (combinations(root) > MAX_COMBINATIONS) {
            throw InvalidFilterPolicyException.of(PolicyMessages.TOO_COMPLEX);
        }
    }

    private static long combinations(PolicyObject object) {
        long product = 1;
        for (KeyCondition condition : object.conditions()) {
            product = capped(product * condition.complexity());
        }
        for (List<PolicyObject> group : object.orGroups()) {
            long sum = 0;
            for (PolicyObject branch : group) {
                sum = capped(sum + combinations(branch));
            }
            product = capped(product * sum);
        }
        return product;
    }

    /** Past the limit the exact total does not matter; capping keeps the products far from overflow. */
    private static long capped(long value) {
        return Math.min(value, MAX_COMBINATIONS + 1);
    }

    /**
     * The docs count top-level keys only (nested keys of a body policy do not count). A top-level "$or" is not
     * a key: each of its alternatives is checked with the keys it adds.
     */
    static void checkKeys(List<List<KeyCondition>> alternatives) {
        for (List<KeyCondition> alternative : alternatives) {
            Set<String> topKeys = new HashSet<>();
            alternative.forEach(condition -> topKeys.add(condition.topKey()));
            if (topKeys.size() > MAX_KEYS) {
                throw InvalidFilterPolicyException.of(PolicyMessages.TOO_MANY_KEYS);
            }
        }
    }
}
