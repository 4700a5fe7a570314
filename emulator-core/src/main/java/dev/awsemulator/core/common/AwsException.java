package dev.awsemulator.core.common;

/**
 * An error answered to the caller with an AWS code. It is a value, not a bug, so it carries no stack
 * trace. Every check runs before any state changes, so throwing one leaves the emulator untouched.
 * Some error shapes have members beside the message (MSK's {@code invalidParameter}); a record named
 * after the shape carries them, and the JSON protocols write them beside {@code message}.
 */
public final class AwsException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient ErrorCode errorCode;
    private final transient Record members;

    public AwsException(ErrorCode errorCode, String message) {
        this(errorCode, message, null);
    }

    public AwsException(ErrorCode errorCode, String message, Record members) {
        super(message, null, false, false);
        this.errorCode = errorCode;
        this.members = members;
    }

    public ErrorCode errorCode() {
        return errorCode;
    }

    /** The error shape's members other than the message, or null when it has none. */
    public Record members() {
        return members;
    }
}
