package dev.awsemulator.core.sqs;

import dev.awsemulator.core.common.Caller;

import java.net.URI;

/** A queue's identity: names are unique per account and region. */
record QueueRef(String partition, String region, String accountId, String name) {

    static QueueRef of(Caller caller, String name) {
        return new QueueRef(caller.partition(), caller.region(), caller.accountId(), name);
    }

    /**
     * Accepts any URL whose last two path segments are the account and the queue name, whatever its
     * host or prefix: clients send URLs of every style back to us. Null if it has no such segments.
     */
    static QueueRef fromUrl(Caller caller, String queueUrl) {
        String path;
        try {
            path = URI.create(queueUrl.trim()).getPath();
        } catch (IllegalArgumentException e) {
            return null;
        }
        if (path == null) {
            return null;
        }
        String[] segments = path.replaceAll("/+$", "").split("/");
        if (segments.length < 2) {
            return null;
        }
        String account = segments[segments.length - 2];
        String name = segments[segments.length - 1];
        if (!account.matches("\\d{12}") || name.isEmpty()) {
            return null;
        }
        return new QueueRef(caller.partition(), caller.region(), account, name);
    }

    /** Null unless {@code arn} is an SQS queue ARN. */
    static QueueRef fromArn(String arn) {
        String[] parts = arn == null ? new String[0] : arn.split(":", -1);
        if (parts.length != 6 || !parts[0].equals("arn") || !parts[2].equals("sqs") || parts[5].isEmpty()) {
            return null;
        }
        return new QueueRef(parts[1], parts[3], parts[4], parts[5]);
    }

    String arn() {
        return "arn:" + partition + ":sqs:" + region + ":" + accountId + ":" + name;
    }

    String url(URI endpoint) {
        String base = endpoint.toString().replaceAll("/+$", "");
        return base + "/" + accountId + "/" + name;
    }

    boolean fifo() {
        return name.endsWith(".fifo");
    }
}
