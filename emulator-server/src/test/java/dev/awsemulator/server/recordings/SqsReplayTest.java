package dev.awsemulator.server.recordings;

import software.amazon.awssdk.services.sqs.SqsClient;

import java.util.HashMap;
import java.util.Map;

/**
 * What the SQS replays share: the recordings of LocalStack's SQS tests, replayed through the SDK v2 (AWS JSON
 * 1.0) over HTTP; the recordings' Query twins ({@code [sqs_query]}) are left to the Query suites. Each test
 * method is named after the recorded test it replays.
 */
abstract class SqsReplayTest extends RecordingsReplayTest {

    private static final AwsRecordings RECORDINGS = AwsRecordings.load("sqs.snapshot.json");

    static SqsClient sqs() {
        return clients.sqs();
    }

    static Replay replay(String test) {
        return clients.replay(RECORDINGS, test);
    }

    static String queue(String name) {
        return queue(name, Map.of());
    }

    static String queue(String name, Map<String, String> attributes) {
        return sqs().createQueue(b -> b.queueName(name).attributesWithStrings(attributes)).queueUrl();
    }

    static String fifoQueue(String name, Map<String, String> attributes) {
        Map<String, String> fifo = new HashMap<>(attributes);
        fifo.put("FifoQueue", "true");
        return queue(name + ".fifo", fifo);
    }

    static String queueArn(String queueUrl) {
        return sqs().getQueueAttributes(b -> b.queueUrl(queueUrl).attributeNamesWithStrings("QueueArn"))
                .attributesAsStrings().get("QueueArn");
    }
}
