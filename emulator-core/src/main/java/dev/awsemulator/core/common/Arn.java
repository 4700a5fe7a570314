package dev.awsemulator.core.common;

import java.util.Objects;

/**
 * An Amazon Resource Name, {@code arn:partition:service:region:account-id:resource}. The resource is
 * everything after the fifth colon, colons and slashes included (an SNS subscription, a Kinesis
 * consumer); region and account may be empty, as in IAM's ARNs. Each service reads its own resource
 * part; this type only knows the frame around it.
 */
public record Arn(String partition, String service, String region, String accountId, String resource) {

    private static final String PREFIX = "arn:";

    public Arn {
        Objects.requireNonNull(partition, "partition");
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(resource, "resource");
    }

    /** The ARN of {@code resource} of {@code service} in the caller's partition, region and account. */
    public static Arn of(Caller caller, String service, String resource) {
        return new Arn(caller.partition(), service, caller.region(), caller.accountId(), resource);
    }

    /**
     * The ARN {@code text} spells, or null unless it has the six fields of one with a partition, a service
     * and a resource. Reads the text in place: fanout and dead-letter moves parse an ARN per message.
     */
    public static Arn parse(String text) {
        if (text == null || !text.startsWith(PREFIX)) {
            return null;
        }
        int partitionEnd = text.indexOf(':', PREFIX.length());
        int serviceEnd = partitionEnd < 0 ? -1 : text.indexOf(':', partitionEnd + 1);
        int regionEnd = serviceEnd < 0 ? -1 : text.indexOf(':', serviceEnd + 1);
        int accountEnd = regionEnd < 0 ? -1 : text.indexOf(':', regionEnd + 1);
        if (accountEnd < 0 || partitionEnd == PREFIX.length() || serviceEnd == partitionEnd + 1
                || accountEnd == text.length() - 1) {
            return null;
        }
        return new Arn(text.substring(PREFIX.length(), partitionEnd), text.substring(partitionEnd + 1, serviceEnd),
                text.substring(serviceEnd + 1, regionEnd), text.substring(regionEnd + 1, accountEnd),
                text.substring(accountEnd + 1));
    }

    /** {@link #parse(String)}, and null too when the ARN is not one of {@code service}'s. */
    public static Arn parse(String text, String service) {
        Arn arn = parse(text);
        return arn != null && arn.service.equals(service) ? arn : null;
    }

    /** The same partition, service, region and account, with another resource. */
    public Arn withResource(String otherResource) {
        return new Arn(partition, service, region, accountId, otherResource);
    }

    @Override
    public String toString() {
        return PREFIX + partition + ":" + service + ":" + region + ":" + accountId + ":" + resource;
    }
}
