package dev.awsemulator.core.kinesis;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

/**
 * NextTokens of the List operations: opaque, self-contained (the fields a listing needs to resume), and
 * valid for 300 seconds like AWS's, after which ExpiredNextTokenException.
 */
final class PageTokens {

    static final Duration LIFETIME = Duration.ofSeconds(300);

    private PageTokens() {
    }

    static String encode(String kind, Instant now, String... fields) {
        List<String> parts = new ArrayList<>();
        parts.add(kind);
        parts.add(Long.toString(now.toEpochMilli()));
        for (String field : fields) {
            parts.add(field == null ? "" : Base64.getUrlEncoder().encodeToString(field.getBytes(StandardCharsets.UTF_8)));
        }
        return Base64.getEncoder().encodeToString(String.join("|", parts).getBytes(StandardCharsets.UTF_8));
    }

    /** The fields of a token of {@code kind}; empty fields come back null. */
    static List<String> decode(String kind, String token, int fieldCount, Instant now) {
        String[] parts;
        long issued;
        try {
            parts = new String(Base64.getDecoder().decode(token), StandardCharsets.UTF_8).split("\\|", -1);
            issued = Long.parseLong(parts.length > 1 ? parts[1] : "");
        } catch (IllegalArgumentException e) {
            // Base64 or number parsing: not a token we issued.
            throw invalid(token);
        }
        if (parts.length != fieldCount + 2 || !kind.equals(parts[0])) {
            throw invalid(token);
        }
        if (Duration.between(Instant.ofEpochMilli(issued), now).compareTo(LIFETIME) > 0) {
            throw KinesisError.EXPIRED_NEXT_TOKEN.exception("The timestamp of the NextToken " + token
                    + " has expired.");
        }
        return Arrays.stream(parts, 2, parts.length)
                .map(field -> field.isEmpty() ? null
                        : new String(Base64.getUrlDecoder().decode(field), StandardCharsets.UTF_8))
                .toList();
    }

    private static RuntimeException invalid(String token) {
        return ModelConstraints.invalidArgument("Invalid NextToken: " + token);
    }
}
