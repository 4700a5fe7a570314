package dev.awsemulator.core.sqs;

import dev.awsemulator.core.common.Utf8;
import dev.awsemulator.core.sqs.api.MessageAttributeValue;

import java.util.Map;

/**
 * The heap a queued message holds, as the retained-memory bound charges it. A function of the content
 * alone, which never changes while the message is kept, so the figure released when it goes is the
 * one charged when it came. The body counts its UTF-8 bytes, as it is kept; attribute strings two
 * bytes a character: exact for UTF-16 text, an upper bound for the Latin-1 strings the JVM compacts.
 */
final class MessageFootprint {

    /**
     * The message's own objects, its index and schedule entries, ID and deduplication strings: an upper
     * bound, measured on a FIFO queue (the larger) and rounded up, so the bound errs on the safe side.
     * How it was measured: benchmarks/README.md, "Figures behind the code".
     */
    static final long PER_MESSAGE = 512;
    /** One attribute's map slot, value record and three string objects, beside their characters. */
    static final long PER_ATTRIBUTE = 160;

    private MessageFootprint() {
    }

    static long of(QueuedMessage message) {
        return PER_MESSAGE + message.bodyBytes() + of(message.attributes()) + of(message.systemAttributes());
    }

    static long of(String body, Map<String, MessageAttributeValue> attributes,
                   Map<String, MessageAttributeValue> systemAttributes) {
        return PER_MESSAGE + Utf8.length(body) + of(attributes) + of(systemAttributes);
    }

    private static long of(Map<String, MessageAttributeValue> attributes) {
        if (attributes == null) {
            return 0;
        }
        long bytes = 0;
        for (Map.Entry<String, MessageAttributeValue> entry : attributes.entrySet()) {
            MessageAttributeValue value = entry.getValue();
            bytes += PER_ATTRIBUTE + chars(entry.getKey()) + chars(value.dataType()) + chars(value.stringValue())
                    + (value.binaryValue() == null ? 0 : value.binaryValue().length);
        }
        return bytes;
    }

    private static long chars(String text) {
        return text == null ? 0 : 2L * text.length();
    }
}
