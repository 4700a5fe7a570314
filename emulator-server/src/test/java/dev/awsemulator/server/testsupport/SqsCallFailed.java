package dev.awsemulator.server.testsupport;

/**
 * An SQS call that AWS (here: the emulator) answered with an error, as any SDK reports it: the error
 * code the SDK exposes (the Query code, e.g. {@code AWS.SimpleQueueService.NonExistentQueue}, for SDK v2
 * through {@code x-amzn-query-error} and for the Query SDK from {@code <Code>}), the HTTP status and
 * the message. The SDK's own exception is the cause, for wire-specific assertions.
 */
public final class SqsCallFailed extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String errorCode;
    private final int httpStatus;
    private final String errorMessage;

    public SqsCallFailed(String errorCode, int httpStatus, String message, RuntimeException sdkException) {
        super(errorCode + " (" + httpStatus + "): " + message, sdkException);
        this.errorCode = errorCode;
        this.httpStatus = httpStatus;
        this.errorMessage = message;
    }

    public int httpStatus() {
        return httpStatus;
    }

    public String errorCode() {
        return errorCode;
    }

    /** The message as the service sent it. */
    public String errorMessage() {
        return errorMessage;
    }
}
