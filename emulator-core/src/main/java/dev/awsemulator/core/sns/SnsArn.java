package dev.awsemulator.core.sns;

import dev.awsemulator.core.common.Caller;

/** SNS ARNs: {@code arn:<partition>:sns:<region>:<account>:<resource>}. */
record SnsArn(String partition, String region, String accountId, String resource) {

    static SnsArn of(Caller caller, String resource) {
        return new SnsArn(caller.partition(), caller.region(), caller.accountId(), resource);
    }

    /** Null unless {@code arn} is an SNS ARN. */
    static SnsArn parse(String arn) {
        String[] parts = arn == null ? new String[0] : arn.split(":", 6);
        if (parts.length != 6 || !parts[0].equals("arn") || !parts[2].equals("sns") || parts[5].isEmpty()) {
            return null;
        }
        return new SnsArn(parts[1], parts[3], parts[4], parts[5]);
    }

    @Override
    public String toString() {
        return "arn:" + partition + ":sns:" + region + ":" + accountId + ":" + resource;
    }
}
