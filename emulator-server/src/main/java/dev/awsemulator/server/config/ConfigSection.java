package dev.awsemulator.server.config;

import java.util.List;

/**
 * One top-level key of the config file ({@code queues}, {@code topics}, ...): a list of entries of one
 * record type, which a service's module reads, checks and creates through that service's operations. The
 * records' components are the file's keys; a key the record lacks is refused, naming the known ones.
 *
 * <p>A named section declares resources that other entries may reference by name (a subscription names
 * a queue of the file): {@link ConfigCheck#declares} checks such a reference, {@link ConfigTarget#arn}
 * resolves it to what {@link #create} returned for that entry.
 *
 * @param <E> the record an entry is read into
 */
public interface ConfigSection<E> {

    /** The top-level key. */
    String key();

    /** The record each entry is read into. */
    Class<E> entryType();

    /** Whether each entry declares a resource by a name, which must be present and unique in the section. */
    default boolean named() {
        return false;
    }

    /** The name an entry declares; null in sections that are not {@link #named()}. */
    default String name(E entry) {
        return null;
    }

    /** Says which entry failed, after its position: its quoted name, or for unnamed entries what they join. */
    default String describe(E entry) {
        return "\"" + name(entry) + "\"";
    }

    /** Adds what is wrong with how the entries fit together (references, loops); names are checked already. */
    default void check(List<E> entries, ConfigCheck check) {
    }

    /** The order in which the entries are created, e.g. what others reference first. Default: as written. */
    default List<E> creationOrder(List<E> entries) {
        return entries;
    }

    /**
     * Creates one entry through its service's operations, as an API call would, so a value AWS refuses is
     * refused with AWS's error (or, for what is no AWS resource, a {@link ConfigException} saying what is
     * wrong). Returns the ARN of what a named entry declares (for references), else null.
     */
    String create(E entry, ConfigTarget target);
}
