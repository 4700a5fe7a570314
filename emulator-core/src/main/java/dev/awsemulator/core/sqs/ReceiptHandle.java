package dev.awsemulator.core.sqs;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * What a receiver needs to delete or hide a message again: the queue, the message and which receive
 * of it this is. Each receive issues a new handle, so a stale one can be told from the latest.
 */
record ReceiptHandle(String queueArn, String messageId, long receiveSequence) {

    String encode() {
        String plain = queueArn + "\n" + messageId + "\n" + receiveSequence;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    /** Null when {@code handle} is not one we issued. */
    static ReceiptHandle decode(String handle) {
        try {
            String plain = new String(Base64.getUrlDecoder().decode(handle), StandardCharsets.UTF_8);
            String[] parts = plain.split("\n", -1);
            if (parts.length != 3) {
                return null;
            }
            return new ReceiptHandle(parts[0], parts[1], Long.parseLong(parts[2]));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
