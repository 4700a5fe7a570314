package dev.awsemulator.server.dashboard;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.nio.charset.StandardCharsets;

/**
 * JSON that stays inert wherever it lands: {@code < > & '} and the JavaScript line separators are
 * written as JSON unicode escapes, so a message body can never close a tag or a string if the
 * JSON is ever read as HTML or script. The page parses it with {@code JSON.parse} and renders text
 * nodes; this is the second line of defence.
 */
final class SafeJson {

    private static final ObjectMapper MAPPER = mapper();

    private SafeJson() {
    }

    static byte[] write(Object value) {
        try {
            return MAPPER.writeValueAsString(value).getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("dashboard views are plain records", e);
        }
    }

    private static ObjectMapper mapper() {
        // Absent values are written as null, so every view has the same members every time.
        ObjectMapper mapper = new ObjectMapper();
        mapper.getFactory().setCharacterEscapes(new HtmlSafeEscapes());
        return mapper;
    }

    private static final class HtmlSafeEscapes extends CharacterEscapes {

        private static final long serialVersionUID = 1L;

        private final int[] escapes = standardAsciiEscapesForJSON();

        HtmlSafeEscapes() {
            for (char c : new char[] {'<', '>', '&', '\''}) {
                escapes[c] = ESCAPE_STANDARD;
            }
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return escapes;
        }

        /** U+2028 and U+2029 end a line in older JavaScript; every other character is written as is. */
        @Override
        public SerializableString getEscapeSequence(int ch) {
            return ch == '\u2028' || ch == '\u2029' ? new SerializedString(String.format("\\u%04x", ch)) : null;
        }
    }
}
