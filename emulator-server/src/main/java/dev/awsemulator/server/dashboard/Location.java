package dev.awsemulator.server.dashboard;

import dev.awsemulator.core.common.Arn;

/**
 * Where a resource lives and its short name, read from its ARN ({@code arn:partition:service:region:
 * account:resource}); a Kinesis resource's name follows its {@code stream/} type prefix.
 */
public record Location(String account, String region, String name) {

    public static Location of(String text) {
        Arn arn = Arn.parse(text);
        if (arn == null) {
            return new Location("", "", text);
        }
        String resource = arn.resource();
        return new Location(arn.accountId(), arn.region(), resource.substring(resource.indexOf('/') + 1));
    }
}
