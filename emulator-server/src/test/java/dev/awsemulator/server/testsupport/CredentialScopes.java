package dev.awsemulator.server.testsupport;

/**
 * {@code Authorization} headers for hand-made requests: a SigV4 credential scope with no valid signature. A
 * server checks no signature unless told to, so the scope alone picks the request's account (a 12-digit access
 * key id), its region (us-east-1 here) and, where several services share an action or a path, its service.
 */
public final class CredentialScopes {

    private CredentialScopes() {
    }

    /** A header whose scope names {@code accessKeyId} and {@code service} (its signing name, e.g. {@code sns}). */
    public static String authorization(String accessKeyId, String service) {
        return "AWS4-HMAC-SHA256 Credential=" + accessKeyId + "/20260101/us-east-1/" + service
                + "/aws4_request, SignedHeaders=host;x-amz-date, Signature=00";
    }
}
