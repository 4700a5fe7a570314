package dev.awsemulator.server.http;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The SigV4 credential scope ({@code AKID/date/region/service/aws4_request}) of a request, from its
 * Authorization header or a presigned URL's {@code X-Amz-Credential}. We never check the signature:
 * the scope only tells the account (a 12-digit access key id is taken as one), region and service.
 */
record CredentialScope(String accessKeyId, String region, String service) {

    private static final Pattern CREDENTIAL = Pattern.compile("Credential=([^/,\\s]+)/[^/]+/([^/]+)/([^/,\\s]+)/");
    private static final Pattern PRESIGNED = Pattern.compile("([^/]+)/[^/]+/([^/]+)/([^/]+)/aws4_request");
    private static final Pattern ACCOUNT_ID = Pattern.compile("\\d{12}");

    static final CredentialScope NONE = new CredentialScope(null, null, null);

    static CredentialScope of(String authorization, String presignedCredential) {
        if (authorization != null) {
            Matcher matcher = CREDENTIAL.matcher(authorization);
            if (matcher.find()) {
                return new CredentialScope(matcher.group(1), matcher.group(2), matcher.group(3));
            }
        }
        if (presignedCredential != null) {
            Matcher matcher = PRESIGNED.matcher(presignedCredential);
            if (matcher.matches()) {
                return new CredentialScope(matcher.group(1), matcher.group(2), matcher.group(3));
            }
        }
        return NONE;
    }

    String accountId(String defaultAccount) {
        return accessKeyId != null && ACCOUNT_ID.matcher(accessKeyId).matches() ? accessKeyId : defaultAccount;
    }

    String region(String defaultRegion) {
        return region != null ? region : defaultRegion;
    }
}
