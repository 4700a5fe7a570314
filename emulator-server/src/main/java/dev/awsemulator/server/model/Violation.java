package dev.awsemulator.server.model;

/**
 * One constraint a request's member breaks: the value as AWS shows it ({@code 'text'}, {@code null} for a
 * missing member, {@link #HIDDEN} for a sensitive one), the member's path ({@code records.1.member.partitionKey})
 * and the constraint.
 */
public record Violation(String shownValue, String path, String constraint) {

    /** A sensitive member's value, which AWS leaves out: "Value at 'phoneNumber' failed to ...". */
    static final String HIDDEN = "";

    /** AWS's sentence for it: "Value 'x' at 'streamName' failed to satisfy constraint: Member must ...". */
    public String sentence() {
        return "Value " + (shownValue.isEmpty() ? "" : shownValue + " ") + "at '" + path
                + "' failed to satisfy constraint: " + constraint;
    }
}
