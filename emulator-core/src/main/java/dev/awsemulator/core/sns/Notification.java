package dev.awsemulator.core.sns;

import com.fasterxml.jackson.databind.JsonNode;
import dev.awsemulator.core.sns.api.MessageAttributeValue;

import java.time.Instant;
import java.util.Map;

/**
 * One published message, as every subscription is offered it.
 *
 * @param structure the parsed body of a {@code MessageStructure=json} publish, else null
 */
record Notification(String messageId, String topicArn, String message, JsonNode structure, String subject,
                    Map<String, MessageAttributeValue> attributes, Instant timestamp, String messageGroupId,
                    String messageDeduplicationId, String sequenceNumber) {

    /** The text a subscriber of {@code protocol} gets: its own entry of a JSON structure, else the default. */
    String messageFor(String protocol) {
        if (structure == null) {
            return message;
        }
        JsonNode specific = structure.get(protocol);
        return specific != null && specific.isTextual() ? specific.asText() : structure.get("default").asText();
    }
}
