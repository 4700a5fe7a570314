package dev.awsemulator.compatibility;

import dev.awsemulator.server.testsupport.ExternalTools;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The AWS SDK for JavaScript v3 at the versions in {@code src/test/js/package-lock.json}: SQS over AWS
 * JSON 1.0 (receives and deletes through a client with no endpoint, which follows the queue URL), SNS
 * over Query, Kinesis over JSON 1.1 on HTTP/2 for every operation (the client's request handler is
 * {@code NodeHttp2Handler}; on {@code http://} it speaks h2c with prior knowledge, and it closes each
 * connection with GOAWAY as soon as the response headers arrive), {@code SubscribeToShard} included.
 */
class JsSdkV3IT extends ClientScenariosContract {

    private ScriptScenarios scripts;

    @Override
    protected ClientScenarios client(URI endpoint) {
        Path node = ExternalTools.require("node", "apt-get install nodejs");
        Path project = NodeProject.install();
        scripts = new ScriptScenarios(project, List.of(node.toString(), "--no-warnings", "scenarios.mjs"),
                endpoint.toString());
        return scripts;
    }

    @Test
    void enhancedFanOutConsumerReceivesTheShardsRecordsOverHttp2() {
        Subscription outcome = scripts.run("kinesis-subscribe", Subscription.class);

        assertThat(outcome.records()).containsExactly(new PushedRecord("pk", "first"), new PushedRecord("pk", "second"));
        assertThat(outcome.continuationSequenceNumber()).isNotBlank();
    }

    record Subscription(List<PushedRecord> records, String continuationSequenceNumber) {
    }

    record PushedRecord(String partitionKey, String data) {
    }
}
