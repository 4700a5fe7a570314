package dev.awsemulator.core.common;

/**
 * The UTF-8 size of text without encoding it. Size limits and the retained-memory charge are checked
 * on every send and put; encoding the text only to count its bytes allocated a copy of each body.
 */
public final class Utf8 {

    private Utf8() {
    }

    /**
     * What {@code text.getBytes(UTF_8).length} would be, 0 for null: an unpaired surrogate counts one
     * byte, as the JDK's encoder replaces it with {@code ?}.
     */
    public static long length(String text) {
        if (text == null) {
            return 0;
        }
        long bytes = 0;
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                bytes += 1;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1))) {
                bytes += 4;
                i++;
            } else if (Character.isSurrogate(c)) {
                bytes += 1;
            } else {
                bytes += 3;
            }
        }
        return bytes;
    }
}
