package dev.awsemulator.core.sns;

import dev.awsemulator.core.common.Arn;
import dev.awsemulator.core.common.Caller;

/**
 * What SNS reads from its resources' ARNs ({@code arn:<partition>:sns:<region>:<account>:<resource>}):
 * topics, subscriptions, platform applications and endpoints alike.
 */
final class SnsResources {

    static final String SERVICE = "sns";

    private SnsResources() {
    }

    static Arn arn(Caller caller, String resource) {
        return Arn.of(caller, SERVICE, resource);
    }

    /** Null unless {@code arn} is an SNS ARN. */
    static Arn parse(String arn) {
        return Arn.parse(arn, SERVICE);
    }

    /** Whether {@code arn} is an SNS resource of the account; false for phone numbers, which name none. */
    static boolean ownedBy(String accountId, String arn) {
        Arn parsed = parse(arn);
        return parsed != null && parsed.accountId().equals(accountId);
    }

    /** Whether {@code arn} is an SNS resource of the caller's account and region: what its List calls show. */
    static boolean listedFor(Caller caller, String arn) {
        Arn parsed = parse(arn);
        return parsed != null && parsed.accountId().equals(caller.accountId())
                && parsed.region().equals(caller.region());
    }
}
