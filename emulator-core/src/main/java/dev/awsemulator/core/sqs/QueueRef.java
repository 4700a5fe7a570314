package dev.awsemulator.core.sqs;

import dev.awsemulator.core.common.Arn;
import dev.awsemulator.core.common.Caller;

import java.net.URI;

/** A queue's identity: names are unique per account and region. */
record QueueRef(String partition, String region, String accountId, String name) {

    static final String SERVICE = "sqs";

    static QueueRef of(Caller caller, String name) {
        return new QueueRef(caller.partition(), caller.region(), caller.accountId(), name);
    }

    /** Null unless {@code arn} is an SQS queue ARN (whose resource, the queue name, has no colon). */
    static QueueRef fromArn(String arn) {
        Arn parsed = Arn.parse(arn, SERVICE);
        if (parsed == null || parsed.resource().indexOf(':') >= 0) {
            return null;
        }
        return new QueueRef(parsed.partition(), parsed.region(), parsed.accountId(), parsed.resource());
    }

    String arn() {
        return new Arn(partition, SERVICE, region, accountId, name).toString();
    }

    String url(URI endpoint) {
        return QueueUrl.of(endpoint, accountId, name);
    }
}
