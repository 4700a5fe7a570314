package dev.awsemulator.bench.kinesis;

import software.amazon.awssdk.core.SdkBytes;

import java.nio.charset.StandardCharsets;

/**
 * 100-byte record payloads that carry their writer, the writer's running count and the client's send
 * time ({@code System.nanoTime}), so that a reader can account for every record, check each writer's
 * order and time delivery.
 */
record RecordData(int writer, long count, long sentNanos) {

    static final int SIZE = 100;
    private static final String PADDING = "x".repeat(SIZE);

    SdkBytes encode() {
        String head = writer + ":" + count + ":" + sentNanos + ":";
        return SdkBytes.fromString(head + PADDING.substring(head.length()), StandardCharsets.US_ASCII);
    }

    static RecordData decode(SdkBytes data) {
        String text = data.asString(StandardCharsets.US_ASCII);
        int first = text.indexOf(':');
        int second = text.indexOf(':', first + 1);
        int third = text.indexOf(':', second + 1);
        return new RecordData(Integer.parseInt(text, 0, first, 10), Long.parseLong(text, first + 1, second, 10),
                Long.parseLong(text, second + 1, third, 10));
    }
}
