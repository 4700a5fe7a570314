package dev.awsemulator.server.faults;

/**
 * A fault an emulator refuses: an unknown service or operation, an error the operation cannot return, a
 * resource that does not exist, entries of a call that is no batch. The message says what is valid.
 */
public final class InvalidFaultException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public InvalidFaultException(String message) {
        super(message);
    }
}
