package dev.awsemulator.server.dashboard;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;

/**
 * A body as the dashboard shows it: text when it reads as text, else base64; cut to a few kilobytes
 * with its full size kept, so one large message cannot make every refresh slow.
 *
 * @param encoding  {@code text} or {@code base64}
 * @param size      the full size in bytes (UTF-8 for text)
 * @param truncated true when {@code text} is only the start of it
 */
public record Preview(String text, String encoding, long size, boolean truncated) {

    static final int MAX_CHARS = 2048;
    private static final int MAX_BYTES = MAX_CHARS / 4 * 3;

    public static Preview of(String text) {
        if (text == null) {
            return null;
        }
        long size = text.getBytes(StandardCharsets.UTF_8).length;
        if (text.length() <= MAX_CHARS) {
            return new Preview(text, "text", size, false);
        }
        // Never cut a surrogate pair in half: the browser would show a replacement character.
        int end = Character.isHighSurrogate(text.charAt(MAX_CHARS - 1)) ? MAX_CHARS - 1 : MAX_CHARS;
        return new Preview(text.substring(0, end), "text", size, true);
    }

    public static Preview of(byte[] bytes) {
        if (bytes == null) {
            return null;
        }
        String text = printableText(bytes);
        if (text != null) {
            Preview preview = of(text);
            return new Preview(preview.text(), preview.encoding(), bytes.length, preview.truncated());
        }
        byte[] shown = bytes.length <= MAX_BYTES ? bytes : Arrays.copyOf(bytes, MAX_BYTES);
        return new Preview(Base64.getEncoder().encodeToString(shown), "base64", bytes.length, shown != bytes);
    }

    /** The bytes as text if they are valid UTF-8 without control characters other than white space. */
    private static String printableText(byte[] bytes) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
        boolean printable = text.chars().allMatch(c -> c >= 0x20 && c != 0x7f || c == '\t' || c == '\n' || c == '\r');
        return printable ? text : null;
    }
}
