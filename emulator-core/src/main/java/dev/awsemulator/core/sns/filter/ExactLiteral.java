package dev.awsemulator.core.sns.filter;

/** true, false or null in a rule list: matches the same JSON literal (null only in a message body or array). */
enum ExactLiteral implements Rule {
    TRUE, FALSE, NULL;

    @Override
    public boolean matchesBoolean(boolean value) {
        return this == (value ? TRUE : FALSE);
    }

    @Override
    public boolean matchesNull() {
        return this == NULL;
    }
}
