package dev.awsemulator.core.common;

/**
 * An AWS error as the service's model names it. Each service keeps its codes in one enum; every wire
 * protocol encodes them from these four facts, so a code is spelled exactly once.
 */
public interface ErrorCode {

    /** The three facts of a code, which each service's enum keeps one of per constant. */
    record Spec(String code, String queryCode, int httpStatus) {
    }

    Spec spec();

    /** The shape name used by the JSON protocols, e.g. {@code QueueDoesNotExist}. */
    default String code() {
        return spec().code();
    }

    /** The code the Query protocol (and the {@code x-amzn-query-error} header) uses. */
    default String queryCode() {
        return spec().queryCode();
    }

    default int httpStatus() {
        return spec().httpStatus();
    }

    /**
     * The message the Query protocol sends for an error whose JSON message is {@code message}; the
     * same text unless AWS words it differently for Query clients.
     */
    default String queryMessage(String message) {
        return message;
    }

    /** True when the caller is at fault ({@code Sender}), false for service faults ({@code Receiver}). */
    default boolean senderFault() {
        return httpStatus() < 500;
    }

    default AwsException exception(String message) {
        return new AwsException(this, message);
    }

    /** The error with members beside its message, as the service's error shape has them. */
    default AwsException exception(String message, Record members) {
        return new AwsException(this, message, members);
    }
}
