package dev.awsemulator.samples.eventsourcing;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * A domain event of an account. {@code version} numbers an account's events 1, 2, 3, ... so a read
 * model can prove it saw them in order. On the stream an event is a line of {@code key=value}
 * pairs: the samples depend on the AWS SDK alone, and this needs no JSON library.
 */
public record AccountEvent(String accountId, long version, Type type, long amount) {

    public enum Type { OPENED, DEPOSITED, WITHDRAWN }

    /** What the event does to the balance. */
    public long delta() {
        return switch (type) {
            case OPENED -> 0;
            case DEPOSITED -> amount;
            case WITHDRAWN -> -amount;
        };
    }

    public byte[] encode() {
        return ("accountId=" + accountId + ";version=" + version + ";type=" + type + ";amount=" + amount)
                .getBytes(StandardCharsets.UTF_8);
    }

    public static AccountEvent decode(byte[] data) {
        Map<String, String> fields = new HashMap<>();
        for (String pair : new String(data, StandardCharsets.UTF_8).split(";")) {
            int equals = pair.indexOf('=');
            fields.put(pair.substring(0, equals), pair.substring(equals + 1));
        }
        return new AccountEvent(fields.get("accountId"), Long.parseLong(fields.get("version")),
                Type.valueOf(fields.get("type")), Long.parseLong(fields.get("amount")));
    }
}
