package dev.awsemulator.core.persistence;

/**
 * A kind of state image a service journals, named in the files and decoded into {@code type}. Images are
 * records of plain values (strings, numbers, byte arrays, lists, maps), never the engine's live objects.
 */
public record StateKind<T>(String name, Class<T> type) {
}
