package dev.awsemulator.junit;

import dev.awsemulator.core.sqs.SqsOptions;

/** Everything that shapes one emulator; the annotation and the builder both end up here. */
record Settings(String region, String accountId, boolean virtualTime, boolean resetBetweenTests,
                boolean accountPerTest, SqsOptions sqsOptions, boolean failOnUnsupportedOperation, Resources resources,
                String config, long maxRetainedBytes) {
}
