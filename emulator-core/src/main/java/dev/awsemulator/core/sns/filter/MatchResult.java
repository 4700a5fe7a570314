package dev.awsemulator.core.sns.filter;

/**
 * Whether a message passes a filter policy.
 *
 * @param matched whether the subscription receives the message
 * @param reason  null when matched; otherwise which key and rule failed, for a user asking why a message was
 *                filtered out, e.g. "key 'price': no rule matched 12 (rules: [{"numeric":[">",100]}])"
 */
public record MatchResult(boolean matched, String reason) {

    static final MatchResult MATCHED = new MatchResult(true, null);

    static MatchResult unmatched(String reason) {
        return new MatchResult(false, reason);
    }
}
