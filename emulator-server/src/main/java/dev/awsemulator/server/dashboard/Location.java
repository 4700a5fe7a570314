package dev.awsemulator.server.dashboard;

/**
 * Where a resource lives and its short name, read from its ARN ({@code arn:partition:service:region:
 * account:resource}); a Kinesis resource's name follows its {@code stream/} type prefix.
 */
public record Location(String account, String region, String name) {

    public static Location of(String arn) {
        String[] parts = arn.split(":", 6);
        if (parts.length < 6) {
            return new Location("", "", arn);
        }
        String resource = parts[5];
        return new Location(parts[4], parts[3], resource.substring(resource.indexOf('/') + 1));
    }
}
