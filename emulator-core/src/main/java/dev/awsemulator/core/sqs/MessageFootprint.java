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
     * The message's own objects, its group, its map and schedule entries, ID and deduplication strings.
     * Measured through SqsService.sendMessage: heap used after 200,000 one-character messages minus heap
     * used before, each after System.gc() (SerialGC, JDK 17), divided by 200,000: 322 bytes a message on
     * a standard queue, 488 on a FIFO queue (its deduplication record and IDs); rounded up. The denser layout
     * since (ID as two longs, body as bytes, no group or map entry per standard message) keeps less, so
     * this errs further on the safe side.
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
