package dev.awsemulator.server.http;

import dev.awsemulator.core.common.Caller;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The SigV4 credential scope ({@code AKID/date/region/service/aws4_request}) of a request, from its
 * Authorization header or a presigned URL's {@code X-Amz-Credential}. We never check the signature:
 * the scope only tells the account (a 12-digit access key id is taken as one), region and service.
 */
record CredentialScope(String accessKeyId, String region, String service) {

    private static final String CREDENTIAL = "Credential=";
    private static final Pattern PRESIGNED = Pattern.compile("([^/]+)/[^/]+/([^/]+)/([^/]+)/aws4_request");

    static final CredentialScope NONE = new CredentialScope(null, null, null);

    static CredentialScope of(String authorization, String presignedCredential) {
        CredentialScope scope = authorization == null ? null : fromAuthorization(authorization);
        if (scope != null) {
            return scope;
        }
        if (presignedCredential != null) {
            Matcher matcher = PRESIGNED.matcher(presignedCredential);
            if (matcher.matches()) {
                return new CredentialScope(matcher.group(1), matcher.group(2), matcher.group(3));
            }
        }
        return NONE;
    }

    /**
     * The first {@code Credential=AKID/date/region/service/} of an Authorization header: the key id and
     * service end at a comma or white space, the date and region at the next slash. Read by hand, as it is
     * on every request.
     */
    private static CredentialScope fromAuthorization(String header) {
        for (int at = header.indexOf(CREDENTIAL); at >= 0; at = header.indexOf(CREDENTIAL, at + 1)) {
            int key = at + CREDENTIAL.length();
            int date = header.indexOf('/', key) + 1;
            int region = date == 0 ? 0 : header.indexOf('/', date) + 1;
            int service = region == 0 ? 0 : header.indexOf('/', region) + 1;
            int end = service == 0 ? -1 : header.indexOf('/', service);
            if (end >= 0 && date > key + 1 && region > date + 1 && service > region + 1 && end > service
                    && isToken(header, key, date - 1) && isToken(header, service, end)) {
                return new CredentialScope(header.substring(key, date - 1), header.substring(region, service - 1),
                        header.substring(service, end));
            }
        }
        return null;
    }

    /** No comma or white space in {@code text[from, to)}. */
    private static boolean isToken(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == ',' || c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') {
                return false;
            }
        }
        return true;
    }

    String accountId(String defaultAccount) {
        return accessKeyId != null && Caller.isAccountId(accessKeyId) ? accessKeyId : defaultAccount;
    }

    String region(String defaultRegion) {
        return region != null ? region : defaultRegion;
    }
}
