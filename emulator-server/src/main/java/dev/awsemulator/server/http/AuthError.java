package dev.awsemulator.server.http;

import dev.awsemulator.core.common.ErrorCode;

/**
 * How AWS refuses a request it cannot authenticate. JSON services (Kinesis) answer 400 with their
 * own names; Query services and SQS's query-compatible JSON answer 403 with the Query codes.
 */
enum AuthError implements ErrorCode {
    UNRECOGNIZED_CLIENT("UnrecognizedClientException", "InvalidClientTokenId", 400),
    INVALID_CLIENT_TOKEN_ID("InvalidClientTokenId", "InvalidClientTokenId", 403),
    INVALID_SIGNATURE("InvalidSignatureException", "SignatureDoesNotMatch", 400),
    SIGNATURE_DOES_NOT_MATCH("SignatureDoesNotMatch", "SignatureDoesNotMatch", 403),
    MISSING_AUTHENTICATION_TOKEN_JSON("MissingAuthenticationTokenException", "MissingAuthenticationToken", 400),
    MISSING_AUTHENTICATION_TOKEN("MissingAuthenticationToken", "MissingAuthenticationToken", 403),
    INCOMPLETE_SIGNATURE_JSON("IncompleteSignatureException", "IncompleteSignature", 400),
    INCOMPLETE_SIGNATURE("IncompleteSignature", "IncompleteSignature", 403),
    ACCESS_DENIED_JSON("AccessDeniedException", "AccessDenied", 400),
    ACCESS_DENIED("AccessDenied", "AccessDenied", 403);

    private final Spec spec;

    AuthError(String code, String queryCode, int httpStatus) {
        this.spec = new Spec(code, queryCode, httpStatus);
    }

    @Override
    public Spec spec() {
        return spec;
    }

    static AuthError unknownKey(boolean json) {
        return json ? UNRECOGNIZED_CLIENT : INVALID_CLIENT_TOKEN_ID;
    }

    static AuthError badSignature(boolean json) {
        return json ? INVALID_SIGNATURE : SIGNATURE_DOES_NOT_MATCH;
    }

    static AuthError missing(boolean json) {
        return json ? MISSING_AUTHENTICATION_TOKEN_JSON : MISSING_AUTHENTICATION_TOKEN;
    }

    /** A presigned request used after its {@code X-Amz-Expires}. */
    static AuthError expired(boolean json) {
        return json ? ACCESS_DENIED_JSON : ACCESS_DENIED;
    }

    static AuthError incomplete(boolean json) {
        return json ? INCOMPLETE_SIGNATURE_JSON : INCOMPLETE_SIGNATURE;
    }
}
