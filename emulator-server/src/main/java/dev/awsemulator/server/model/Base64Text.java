package dev.awsemulator.server.model;

/** Base64 text as AWS's JSON deserializer reads a blob: its refusals, and the length of the bytes it holds. */
final class Base64Text {

    private Base64Text() {
    }

    /** Why AWS refuses {@code text} as base64, in its words; null if it is well formed. */
    static String refusal(String text) {
        if (text.length() % 4 != 0) {
            return "Base64 encoded length is expected a multiple of 4 bytes but found: " + text.length();
        }
        int padding = padding(text);
        for (int i = 0; i < text.length() - padding; i++) {
            char c = text.charAt(i);
            if (!(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '+' || c == '/')) {
                return "Invalid Base64 character: '" + c + "'";
            }
        }
        return null;
    }

    /** The number of bytes well-formed base64 {@code text} decodes to. */
    static long decodedLength(String text) {
        return text.length() / 4 * 3L - padding(text);
    }

    private static int padding(String text) {
        int padding = 0;
        for (int i = text.length() - 1; i >= 0 && padding < 2 && text.charAt(i) == '='; i--) {
            padding++;
        }
        return padding;
    }
}
