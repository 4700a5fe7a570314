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

    /**
     * The SNS ARN a request names in {@code parameter}, refused as AWS refuses it: InvalidParameter saying
     * there is no value, or how many of an ARN's six elements it has, or naming the parameter alone when the
     * elements are there but it is not an SNS ARN.
     */
    static Arn required(String parameter, String arn) {
        present(parameter, arn);
        int elements = arn.split(":", -1).length;
        if (elements < 6) {
            throw SnsError.invalidParameter(parameter + " Reason: An ARN must have at least 6 elements, not "
                    + elements);
        }
        Arn parsed = parse(arn);
        if (parsed == null) {
            throw SnsError.invalidParameter(parameter);
        }
        return parsed;
    }

    /** The ARN a request names in {@code parameter}: InvalidParameter saying there is no value if it names none. */
    static String present(String parameter, String arn) {
        if (arn == null) {
            throw SnsError.invalidParameter(parameter + " Reason: no value for required parameter");
        }
        return arn;
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
