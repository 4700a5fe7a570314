package dev.awsemulator.junit;

import dev.awsemulator.core.common.Caller;

import java.net.URI;

/** Turns the names tests use into the URLs and ARNs of one account and region. */
record Names(Caller caller) {

    Names(String accountId, String region, URI endpoint) {
        this(new Caller(accountId, region, endpoint));
    }

    String queueArn(String queueName) {
        return arn("sqs", queueName);
    }

    String topicArn(String topicName) {
        return arn("sns", topicName);
    }

    String queueUrl(String queueName) {
        return caller.endpoint() + "/" + caller.accountId() + "/" + queueName;
    }

    private String arn(String service, String name) {
        return "arn:" + caller.partition() + ":" + service + ":" + caller.region() + ":" + caller.accountId() + ":" + name;
    }
}
