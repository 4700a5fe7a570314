package dev.awsemulator.core.sns.filter;

/**
 * A filter policy AWS would refuse. {@link #getMessage()} is AWS's text after "Invalid parameter: FilterPolicy: ";
 * the SNS operations put their own prefix before {@link #parameterMessage()}. It is a value, not a bug, so it
 * carries no stack trace.
 */
public final class InvalidFilterPolicyException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final boolean aboutFilterPolicy;

    private InvalidFilterPolicyException(String message, boolean aboutFilterPolicy) {
        super(message, null, false, false);
        this.aboutFilterPolicy = aboutFilterPolicy;
    }

    static InvalidFilterPolicyException of(String message) {
        return new InvalidFilterPolicyException(message, true);
    }

    /** AWS names the scope, not the FilterPolicy parameter, when a nested policy meets the attribute scope. */
    static InvalidFilterPolicyException ofScope(String message) {
        return new InvalidFilterPolicyException(message, false);
    }

    /**
     * The text that follows "Invalid parameter: " (SetSubscriptionAttributes) or "Invalid parameter: Attributes
     * Reason: " (Subscribe), e.g. "FilterPolicy: Filter policy is too complex".
     */
    public String parameterMessage() {
        return aboutFilterPolicy ? "FilterPolicy: " + getMessage() : getMessage();
    }
}
