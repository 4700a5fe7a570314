package dev.awsemulator.junit;

import dev.awsemulator.core.sqs.SqsOptions;
import dev.awsemulator.server.faults.Fault;

import java.util.List;
import java.util.Map;

/** Everything that shapes one emulator; the annotation and the builder both end up here. */
record Settings(String region, String accountId, boolean virtualTime, boolean resetBetweenTests,
                boolean accountPerTest, SqsOptions sqsOptions, boolean failOnUnsupportedOperation,
                Map<String, List<Map<String, Object>>> resources,
                String config, long maxRetainedBytes, List<Fault> faults) {
}
