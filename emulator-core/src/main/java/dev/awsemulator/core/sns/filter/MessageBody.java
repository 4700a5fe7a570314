package dev.awsemulator.core.sns.filter;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A published message body read once, so that every subscription's body filter matches against the
 * same parsed document instead of parsing it again.
 */
public final class MessageBody {

    private final JsonNode document;

    private MessageBody(JsonNode document) {
        this.document = document;
    }

    public static MessageBody parse(String body) {
        return new MessageBody(body == null ? null : PolicyJson.readMessageValue(body));
    }

    /** The body as a JSON object, or null when it is not one (then no body filter matches). */
    JsonNode object() {
        return document != null && document.isObject() ? document : null;
    }
}
