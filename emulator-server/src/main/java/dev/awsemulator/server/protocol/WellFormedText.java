package dev.awsemulator.server.protocol;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;

import java.io.IOException;

/**
 * Refuses text that is not valid Unicode (an unpaired surrogate, from a JSON escape or from CBOR bytes
 * that are not UTF-8) as the request is read, so that no such string is ever stored and later fails
 * to be written in a response.
 */
final class WellFormedText {

    private WellFormedText() {
    }

    static SimpleModule module() {
        return new SimpleModule("well-formed-text")
                .addDeserializer(String.class, new Values())
                .addKeyDeserializer(String.class, new Keys());
    }

    /**
     * {@code text} with every unpaired surrogate replaced by U+FFFD: an error message may quote the
     * caller's malformed text, and CBOR refuses to write a lone surrogate.
     */
    static String repaired(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean pairedHigh = Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1));
            if (pairedHigh) {
                out.append(c).append(text.charAt(++i));
            } else {
                out.append(Character.isSurrogate(c) ? '\uFFFD' : c);
            }
        }
        return out.toString();
    }

    private static final class Values extends StringDeserializer {
        private static final long serialVersionUID = 1L;

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            return check(super.deserialize(parser, context), context);
        }
    }

    private static final class Keys extends KeyDeserializer {
        @Override
        public Object deserializeKey(String key, DeserializationContext context) throws IOException {
            return check(key, context);
        }
    }

    private static String check(String text, DeserializationContext context) throws JsonMappingException {
        if (text == null) {
            return null;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw JsonMappingException.from(context, "Invalid UTF-8 or UTF-16 in a string value.");
            }
        }
        return text;
    }
}
