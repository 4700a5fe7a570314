package dev.awsemulator.core.kinesis;

import dev.awsemulator.core.common.AwsException;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.Locale;

/**
 * Shard iterators: opaque tokens that carry everything a GetRecords call needs (the stream, its creation
 * time so a recreated stream does not accept them, the shard, the position to read from and when the
 * token was issued), so the emulator keeps no per-iterator state.
 */
final class ShardIterators {

    static final Duration LIFETIME = Duration.ofMinutes(5);
    private static final String VERSION = "k1";
    private static final DateTimeFormatter AWS_DATE =
            DateTimeFormatter.ofPattern("EEE MMM dd HH:mm:ss 'UTC' yyyy", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private ShardIterators() {
    }

    /** What an iterator token says: read {@code shardId} from {@code position} (a sequence number) on. */
    record Position(StreamKey stream, long streamCreatedMillis, String shardId, BigInteger position,
                    Instant issuedAt) {
    }

    static String encode(Position p) {
        String plain = String.join("|", VERSION, Long.toString(p.issuedAt().toEpochMilli()),
                p.stream().partition(), p.stream().region(), p.stream().accountId(), p.stream().name(),
                Long.toString(p.streamCreatedMillis()), p.shardId(), p.position().toString());
        return Base64.getEncoder().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    /** Reads a token, or fails with AWS's texts for a malformed or an expired iterator. */
    static Position decode(String token, Instant now) {
        Position position = parse(token);
        if (Duration.between(position.issuedAt(), now).compareTo(LIFETIME) > 0) {
            throw KinesisError.EXPIRED_ITERATOR.exception("Iterator expired. The iterator was created at time "
                    + AWS_DATE.format(position.issuedAt()) + " while right now it is " + AWS_DATE.format(now)
                    + " which is further in the future than the tolerated delay of " + LIFETIME.toMillis()
                    + " milliseconds.");
        }
        return position;
    }

    /** The stream an iterator reads, expired or not; null if it is no iterator this emulator issued. */
    static StreamKey streamOf(String token) {
        try {
            return parse(token).stream();
        } catch (AwsException e) {
            return null;
        }
    }

    private static Position parse(String token) {
        try {
            String[] parts = new String(Base64.getDecoder().decode(token), StandardCharsets.UTF_8).split("\\|", -1);
            if (parts.length != 9 || !VERSION.equals(parts[0])) {
                throw invalid();
            }
            return new Position(new StreamKey(parts[2], parts[3], parts[4], parts[5]), Long.parseLong(parts[6]),
                    parts[7], new BigInteger(parts[8]), Instant.ofEpochMilli(Long.parseLong(parts[1])));
        } catch (IllegalArgumentException e) {
            // Base64 and number parsing failures alike: the caller sent something we never issued.
            throw invalid();
        }
    }

    static AwsException invalid() {
        return ModelConstraints.invalidArgument("Invalid ShardIterator.");
    }
}
