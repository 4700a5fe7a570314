package dev.awsemulator.core.common;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The deduplication keys of a FIFO queue's or topic's messages of the last five minutes, with what each
 * send was answered: a repeat within the window is accepted and answered the same, and stored nowhere.
 * Expired keys leave as the window moves on. Not thread-safe: used under the owning resource's lock.
 */
public final class DeduplicationWindow {

    private static final long WINDOW_MILLIS = Duration.ofMinutes(5).toMillis();

    /** A send within the window: its key, and the message ID and sequence number it was answered with. */
    public record Entry(String key, String messageId, String sequenceNumber, long expiresAt) {
    }

    private final Map<String, Entry> entries = new HashMap<>();
    /** The entries in the order they expire, which is the order they came in. */
    private final ArrayDeque<Entry> expiry = new ArrayDeque<>();

    /** The earlier send with this key in the last five minutes, or null. */
    public Entry earlier(String key, long now) {
        while (!expiry.isEmpty() && expiry.peekFirst().expiresAt <= now) {
            Entry expired = expiry.pollFirst();
            entries.remove(expired.key, expired);
        }
        return entries.get(key);
    }

    /** Records a send at {@code now}; a repeat of its key is a duplicate for the next five minutes. */
    public Entry add(String key, String messageId, String sequenceNumber, long now) {
        Entry entry = new Entry(key, messageId, sequenceNumber, now + WINDOW_MILLIS);
        keep(entry);
        return entry;
    }

    /** Puts back the entries a data directory kept that are still within their window. */
    public void restore(Collection<Entry> kept, long now) {
        kept.stream().filter(entry -> entry.expiresAt > now).sorted(Comparator.comparingLong(Entry::expiresAt))
                .forEach(this::keep);
    }

    /** The entries still within their window, oldest first, for a snapshot. */
    public List<Entry> live(long now) {
        return expiry.stream().filter(entry -> entry.expiresAt > now).toList();
    }

    private void keep(Entry entry) {
        entries.put(entry.key, entry);
        expiry.addLast(entry);
    }
}
