package dev.awsemulator.server.api;

/** The timestamp formats of AWS models ({@code timestampFormat}). */
public enum TimestampFormat {
    /** Seconds since the epoch with a millisecond fraction: JSON bodies unless the model says otherwise. */
    EPOCH_SECONDS,
    /** ISO-8601 in UTC ({@code 2026-01-01T10:00:00.123Z}): query strings, and bodies where the model says so. */
    ISO_8601,
    /** RFC 1123 ({@code Thu, 01 Jan 2026 10:00:00 GMT}): headers. */
    HTTP_DATE
}
