package dev.awsemulator.junit;

import dev.awsemulator.core.common.Caller;

import java.net.URI;

/** The URLs and ARNs of one account and region, made from the plain names tests use. */
record ResourceAddresses(Caller caller) {

    ResourceAddresses(String accountId, String region, URI endpoint) {
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
