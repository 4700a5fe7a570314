package dev.awsemulator.server.faults;

import dev.awsemulator.core.common.ErrorCode;

/**
 * An error a fault rule answers with, as the service's model (or AWS's list of errors common to every
 * service) declares it: the shape's name, which the JSON protocols send, the code Query clients read, the
 * HTTP status and whether the caller is at fault.
 */
record FaultError(String code, String queryCode, int httpStatus, boolean senderFault) implements ErrorCode {

    @Override
    public Spec spec() {
        return new Spec(code, queryCode, httpStatus);
    }

    /** Whether a user's {@code text} names this error: by its shape name or by its Query code. */
    boolean isCalled(String text) {
        return code.equals(text) || queryCode.equals(text);
    }

    @Override
    public String toString() {
        return code.equals(queryCode) ? code : code + " (" + queryCode + ")";
    }
}
