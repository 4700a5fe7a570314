package dev.awsemulator.server.cli;

/** A bad option or environment variable; the message says which and why. */
public final class UsageException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message);
    }
}
