package dev.awsemulator.core.kinesis;

import dev.awsemulator.core.common.Arn;
import dev.awsemulator.core.common.Caller;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a stream lives: names are unique per account and region. Stream and consumer ARNs are made and
 * read here (PROTOCOL §7); a consumer ARN names its stream too.
 */
record StreamKey(String partition, String region, String accountId, String name) {

    static final String SERVICE = "kinesis";
    private static final Pattern PARTITION = Pattern.compile("aws[a-z-]*");
    private static final Pattern REGION = Pattern.compile("[a-z0-9-]+");
    private static final Pattern RESOURCE = Pattern.compile(
            "stream/([a-zA-Z0-9_.-]{1,128})(?:/consumer/([a-zA-Z0-9_.-]{1,128}):[0-9]+)?");

    /** What a stream or consumer ARN names; {@code consumerName} is null for a stream ARN. */
    record Named(StreamKey stream, String consumerName) {
    }

    /** Reads a stream ARN or a consumer ARN, or answers null. */
    static Named parseArn(String text) {
        Arn arn = Arn.parse(text, SERVICE);
        if (arn == null || !PARTITION.matcher(arn.partition()).matches() || !REGION.matcher(arn.region()).matches()
                || !Caller.isAccountId(arn.accountId())) {
            return null;
        }
        Matcher resource = RESOURCE.matcher(arn.resource());
        if (!resource.matches()) {
            return null;
        }
        return new Named(new StreamKey(arn.partition(), arn.region(), arn.accountId(), resource.group(1)),
                resource.group(2));
    }

    String arn() {
        return new Arn(partition, SERVICE, region, accountId, "stream/" + name).toString();
    }

    String consumerArn(String consumerName, long creationEpochSeconds) {
        return new Arn(partition, SERVICE, region, accountId,
                "stream/" + name + "/consumer/" + consumerName + ":" + creationEpochSeconds).toString();
    }
}
