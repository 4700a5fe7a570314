package dev.awsemulator.junit;

import dev.awsemulator.core.common.Arn;
import dev.awsemulator.core.common.Caller;
import dev.awsemulator.core.sqs.QueueUrl;

import java.net.URI;

/** The URLs and ARNs of one account and region, made from the plain names tests use. */
record ResourceAddresses(Caller caller) {

    ResourceAddresses(String accountId, String region, URI endpoint) {
        this(new Caller(accountId, region, endpoint));
    }

    String queueArn(String queueName) {
        return Arn.of(caller, "sqs", queueName).toString();
    }

    String topicArn(String topicName) {
        return Arn.of(caller, "sns", topicName).toString();
    }

    String queueUrl(String queueName) {
        return QueueUrl.of(caller.endpoint(), caller.accountId(), queueName);
    }
}
