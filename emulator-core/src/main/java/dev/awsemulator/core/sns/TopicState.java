package dev.awsemulator.core.sns;

import dev.awsemulator.core.common.DeduplicationWindow;
import dev.awsemulator.core.common.TagMap;

import java.util.Collection;
import java.util.List;

/**
 * A topic's state: its attributes, tags, and for FIFO topics the deduplication window and sequence. What
 * ListTopics answers with is {@link dev.awsemulator.core.sns.api.Topic}.
 */
final class TopicState {

    final String arn;
    final String name;
    final String owner;
    private volatile TopicAttributes attributes;
    private volatile String dataProtectionPolicy;
    private final TagMap tags = new TagMap();
    private final DeduplicationWindow deduplications = new DeduplicationWindow();
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

    /** The earlier publish with this deduplication key in the last five minutes, or null. Under the topic's lock. */
    DeduplicationWindow.Entry earlier(String key, long now) {
        return deduplications.earlier(key, now);
    }

    /**
     * Records a new FIFO message under its deduplication key and returns the record, with its sequence
     * number. Under the topic's lock.
     */
    DeduplicationWindow.Entry register(String key, String messageId, long now) {
        return deduplications.add(key, messageId, String.format("%020d", ++sequence), now);
    }

    /** The sequence number of the latest FIFO message. */
    synchronized long sequence() {
        return sequence;
    }

    /**
     * Moves the sequence on to where a data directory says it was, and puts back the deduplication records
     * it kept: an expired one only moves the sequence on.
     */
    synchronized void restore(long sequenceReached, Collection<DeduplicationWindow.Entry> kept, long now) {
        sequence = Math.max(sequence, sequenceReached);
        kept.forEach(entry -> sequence = Math.max(sequence, Long.parseLong(entry.sequenceNumber())));
        deduplications.restore(kept, now);
    }

    /** The deduplication records still in their window, oldest first, for a snapshot. Under the topic's lock. */
    List<DeduplicationWindow.Entry> deduplications(long now) {
        return deduplications.live(now);
    }
}
