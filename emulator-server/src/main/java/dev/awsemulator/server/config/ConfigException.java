package dev.awsemulator.server.config;

/** A config file that cannot be read or applied; the message names the file and the bad entries. */
public final class ConfigException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ConfigException(String message) {
        super(message);
    }

    public ConfigException(String message, Throwable cause) {
        super(message, cause);
    }
}
