package dev.awsemulator.core.kinesis;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads stream and consumer ARNs (PROTOCOL §7); a consumer ARN names its stream too. */
final class KinesisArns {

    private static final Pattern STREAM = Pattern.compile(
            "arn:(aws[a-z-]*):kinesis:([a-z0-9-]+):(\\d{12}):stream/([a-zA-Z0-9_.-]{1,128})");
    private static final Pattern CONSUMER = Pattern.compile(STREAM.pattern()
            + "/consumer/([a-zA-Z0-9_.-]{1,128}):([0-9]+)");

    private KinesisArns() {
    }

    /** A parsed ARN; {@code consumerName} is null for a stream ARN. */
    record Parsed(StreamKey stream, String consumerName) {
    }

    /** Parses a stream ARN, a consumer ARN, or answers null. */
    static Parsed parse(String arn) {
        if (arn == null) {
            return null;
        }
        Matcher consumer = CONSUMER.matcher(arn);
        if (consumer.matches()) {
            return new Parsed(key(consumer), consumer.group(5));
        }
        Matcher stream = STREAM.matcher(arn);
        return stream.matches() ? new Parsed(key(stream), null) : null;
    }

    static String consumerArn(StreamKey stream, String consumerName, long creationEpochSeconds) {
        return stream.arn() + "/consumer/" + consumerName + ":" + creationEpochSeconds;
    }

    private static StreamKey key(Matcher matcher) {
        return new StreamKey(matcher.group(1), matcher.group(2), matcher.group(3), matcher.group(4));
    }
}
