package dev.awsemulator.core.common;

import java.net.URI;
import java.util.Objects;

/**
 * Who is calling and through which endpoint: the account and region come from the request's
 * credential scope, the endpoint is what the caller used to reach us, so that resource URLs we
 * hand out (queue URLs) lead back to this emulator.
 */
public record Caller(String accountId, String region, URI endpoint) {

    public static final String DEFAULT_ACCOUNT = "000000000000";
    public static final String DEFAULT_REGION = "us-east-1";

    private static final int ACCOUNT_ID_LENGTH = 12;

    public Caller {
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(endpoint, "endpoint");
    }

    /** The ARN partition of the caller's region. */
    public String partition() {
        if (region.startsWith("cn-")) {
            return "aws-cn";
        }
        return region.startsWith("us-gov-") ? "aws-us-gov" : "aws";
    }

    /** Whether {@code text} has the form of an AWS account id: twelve ASCII digits. */
    public static boolean isAccountId(String text) {
        if (text.length() != ACCOUNT_ID_LENGTH) {
            return false;
        }
        for (int i = 0; i < ACCOUNT_ID_LENGTH; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
