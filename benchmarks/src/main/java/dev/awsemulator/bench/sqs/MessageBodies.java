package dev.awsemulator.bench.sqs;

/**
 * 256-byte message bodies that carry a message id and the client's send time ({@code System.nanoTime}),
 * so a receiver can account for every message and time its delivery.
 */
public final class MessageBodies {

    public static final int SIZE = 256;
    private static final String PADDING = "x".repeat(SIZE);

    private MessageBodies() {
    }

    public static String encode(long id, long sentNanos) {
        String head = id + ":" + sentNanos + ":";
        return head + PADDING.substring(head.length());
    }

    public static long id(String body) {
        return Long.parseLong(body.substring(0, body.indexOf(':')));
    }

    public static long sentNanos(String body) {
        int first = body.indexOf(':');
        return Long.parseLong(body.substring(first + 1, body.indexOf(':', first + 1)));
    }
}
