package dev.awsemulator.core.service;

import dev.awsemulator.core.persistence.PersistentService;

/**
 * One AWS service in an emulator, as the {@link dev.awsemulator.core.Emulator} drives it: it is made from
 * a {@link ServiceRegistration}, restored from a data directory, reset, emptied of an account and closed,
 * always by iterating the registered services, so no code outside the service's own package names it.
 *
 * <p>A service that owns external resources (a broker, files, ports) starts them when first needed, not
 * when it is made, and stops them in {@link #reset()}, {@link #deleteAccount(String)} and {@link #close()}.
 */
public interface EmulatedService extends PersistentService, AutoCloseable {

    /** The service's name in the SigV4 credential scope and in its ARNs: {@code sqs}, {@code sns}, {@code kinesis}. */
    String name();

    /** Deletes every resource of every account; what the clock has scheduled for them is called off. */
    void reset();

    /** Deletes every resource of one account, in every region; the other accounts keep theirs. */
    void deleteAccount(String accountId);

    /** Answers every waiting request now, keeping the state: the server is stopping. Default: none waits. */
    default void endWaits() {
    }

    /** Drops what is dead but still held (past its retention period), to give its memory back. Default: nothing. */
    default void dropExpired() {
    }

    /** Stops the service and frees what it holds; the emulator has written its last snapshot before. */
    @Override
    default void close() {
        reset();
    }
}
