package dev.awsemulator.core.persistence;

/** A service whose state a data directory keeps: it writes itself out for a snapshot and reads itself back. */
public interface PersistentService {

    /** Writes every entity of the service, as {@link StateJournal#put} calls, to {@code out}. */
    void exportState(StateJournal out);

    /** Rebuilds the service from {@code state}, re-arming timers from the restored deadlines. */
    void restoreState(RestoredState state);
}
