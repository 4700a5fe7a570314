package dev.awsemulator.core.common;

/**
 * An error answered to the caller with an AWS code. It is a value, not a bug, so it carries no stack
 * trace. Every check runs before any state changes, so throwing one leaves the emulator untouched.
 */
public final class AwsException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient ErrorCode errorCode;

    public AwsException(ErrorCode errorCode, String message) {
        super(message, null, false, false);
        this.errorCode = errorCode;
    }

    public ErrorCode errorCode() {
        return errorCode;
    }
}
