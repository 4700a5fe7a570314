package dev.awsemulator.core.sns;

import dev.awsemulator.core.common.TagMap;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A topic's state: its attributes, tags, and for FIFO topics the deduplication window and sequence. What
 * ListTopics answers with is {@link dev.awsemulator.core.sns.api.Topic}.
 */
final class TopicState {

    private static final long DEDUPLICATION_WINDOW_MILLIS = Duration.ofMinutes(5).toMillis();

    final String arn;
    final String name;
    final String owner;
    private volatile TopicAttributes attributes;
    private volatile String dataProtectionPolicy;
    private final TagMap tags = new TagMap();
    private final Map<String, Earlier> deduplications = new HashMap<>();
    private final ArrayDeque<Earlier> deduplicationExpiry = new ArrayDeque<>();
    private long sequence;

    TopicState(String arn, String name, String owner, TopicAttributes attributes, String dataProtectionPolicy) {
        this.arn = arn;
        this.name = name;
        this.owner = owner;
        this.attributes = attributes;
        this.dataProtectionPolicy = dataProtectionPolicy;
    }

    TopicAttributes attributes() {
        return attributes;
    }

    void attributes(TopicAttributes next) {
        attributes = next;
    }

    boolean fifo() {
        return attributes.fifo;
    }

    String dataProtectionPolicy() {
        return dataProtectionPolicy;
    }

    void dataProtectionPolicy(String policy) {
        dataProtectionPolicy = policy;
    }

    TagMap tags() {
        return tags;
    }

    /** The earlier publish with this deduplication key in the last five minutes, or null. */
    Earlier earlier(String key, long now) {
        while (!deduplicationExpiry.isEmpty() && deduplicationExpiry.peekFirst().expiresAt <= now) {
            Earlier expired = deduplicationExpiry.pollFirst();
            deduplications.remove(expired.key, expired);
        }
        return deduplications.get(key);
    }

    /** Records a new FIFO message under its deduplication key and returns the record, with its sequence number. */
    Earlier register(String key, String messageId, long now) {
        Earlier record = new Earlier(key, messageId, String.format("%020d", ++sequence),
                now + DEDUPLICATION_WINDOW_MILLIS);
        remember(record);
        return record;
    }

    private void remember(Earlier record) {
        deduplications.put(record.key, record);
        deduplicationExpiry.addLast(record);
    }

    /** The sequence number of the latest FIFO message. */
    synchronized long sequence() {
        return sequence;
    }

    /** Moves the sequence on to where a data directory says it was. */
    synchronized void restore(long sequenceReached) {
        sequence = Math.max(sequence, sequenceReached);
    }

    /** Puts back a deduplication record a data directory kept; an expired one only moves the sequence on. */
    synchronized void restore(Earlier record, long now) {
        restore(Long.parseLong(record.sequenceNumber));
        if (record.expiresAt > now) {
            remember(record);
        }
    }

    /** The deduplication records still in their window, oldest first, for a snapshot. */
    List<Earlier> deduplications(long now) {
        return deduplicationExpiry.stream().filter(record -> record.expiresAt > now).toList();
    }

    record Earlier(String key, String messageId, String sequenceNumber, long expiresAt) {
    }
}
