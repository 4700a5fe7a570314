package dev.awsemulator.core.sns.filter;

/**
 * {"exists": true|false}. It asks about the key, not about a value, so {@link KeyCondition} handles it rather
 * than testing values with it.
 */
enum Exists implements Rule {
    TRUE, FALSE
}
