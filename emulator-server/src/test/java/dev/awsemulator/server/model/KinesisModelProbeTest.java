package dev.awsemulator.server.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.dataformat.cbor.CBORFactory;
import dev.awsemulator.server.kinesis.KinesisModule;
import dev.awsemulator.server.requests.HandledRequest;
import dev.awsemulator.server.testsupport.EmulatorServerExtension;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.core.SdkBytes;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every constraint of every Kinesis operation's input, broken one at a time over JSON 1.1 and CBOR, as the
 * model the server checks against states them: each request is refused with AWS's code and message, and
 * neither the stream it names nor anything else changes. Raw HTTP, since the SDK would refuse some
 * requests (wrong types) before sending them.
 */
class KinesisModelProbeTest {

    @RegisterExtension
    static final EmulatorServerExtension aws = new EmulatorServerExtension();

    private static final String STREAM_ARN = "arn:aws:kinesis:us-east-1:000000000000:stream/probed";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Map<String, JsonNode> SAMPLES = Map.of(
            "StreamName", NODES.textNode("probed"),
            "StreamARN", NODES.textNode(STREAM_ARN),
            "ResourceARN", NODES.textNode(STREAM_ARN),
            "ConsumerARN", NODES.textNode(STREAM_ARN + "/consumer/probing:1"),
            "ShardId", NODES.textNode("shardId-000000000000"),
            "HashKey", NODES.textNode("0"),
            "SequenceNumber", NODES.textNode("0"));
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper CBOR = new ObjectMapper(new CBORFactory());
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    /** Made in the test itself: the extension empties the server before each test method. */
    private static void aStreamWithARecordTagsAndAConsumer() {
        aws.kinesis().createStream(b -> b.streamName("probed").shardCount(1));
        aws.kinesis().waiter().waitUntilStreamExists(b -> b.streamName("probed"));
        aws.kinesis().putRecord(b -> b.streamName("probed").partitionKey("k").data(SdkBytes.fromUtf8String("kept")));
        aws.kinesis().addTagsToStream(b -> b.streamName("probed").tags(Map.of("team", "probes")));
        aws.kinesis().registerStreamConsumer(b -> b.streamARN(STREAM_ARN).consumerName("probing"));
    }

    @TestFactory
    Stream<DynamicNode> everyConstraintOfEveryOperationOverJsonAndCbor() {
        aStreamWithARecordTagsAndAConsumer();
        InputModel model = InputModel.read(KinesisModule.class, "input-constraints.txt");
        return Stream.of("json", "cbor").map(protocol -> DynamicContainer.dynamicContainer(protocol,
                model.operations().stream().sorted().map(operation -> operationProbes(model, operation, protocol))));
    }

    private static DynamicNode operationProbes(InputModel model, String operation, String protocol) {
        List<DynamicNode> tests = new ArrayList<>();
        String[] before = new String[1];
        tests.add(DynamicTest.dynamicTest("state before", () -> before[0] = state()));
        for (Probes.Probe probe : Probes.of(model, SAMPLES, operation, "ValidationException",
                Probes.Refusal::validation)) {
            tests.add(DynamicTest.dynamicTest(probe.name(), () -> assertRefused(operation, protocol, probe)));
        }
        tests.add(DynamicTest.dynamicTest("nothing changed", () -> assertThat(state()).isEqualTo(before[0])));
        return DynamicContainer.dynamicContainer(operation, tests);
    }

    private static void assertRefused(String operation, String protocol, Probes.Probe probe) throws Exception {
        boolean cbor = protocol.equals("cbor");
        ObjectMapper mapper = cbor ? CBOR : JSON;
        HttpResponse<byte[]> response = HTTP.send(HttpRequest.newBuilder(URI.create(aws.endpoint() + "/"))
                .header("Content-Type", cbor ? "application/x-amz-cbor-1.1" : "application/x-amz-json-1.1")
                .header("X-Amz-Target", "Kinesis_20131202." + operation)
                .POST(HttpRequest.BodyPublishers.ofByteArray(mapper.writeValueAsBytes(probe.body()))).build(),
                HttpResponse.BodyHandlers.ofByteArray());

        JsonNode error = mapper.readTree(response.body());
        assertThat(response.statusCode()).as(probe.body().toString()).isEqualTo(400);
        assertThat(error.get("__type").asText()).as(probe.body().toString()).isEqualTo(probe.code());
        String message = error.get("message").asText();
        assertThat(message).as(probe.body().toString()).contains(probe.sentence())
                .doesNotContain("dev.awsemulator", "jackson", "Jackson");
        if (probe.code().equals("ValidationException")) {
            assertThat(message).matches("(1 validation error|\\d+ validation errors) detected: Value .*");
        }
        List<HandledRequest> journal = aws.requests();
        assertThat(journal.get(journal.size() - 1)).extracting(HandledRequest::operation, HandledRequest::status,
                HandledRequest::errorCode).containsExactly(operation, 400, probe.code());
    }

    /** What the account holds: streams with their shards and records, the probed stream's settings, tags, consumers. */
    private static String state() throws IOException {
        return aws.server().emulator().kinesis().overview(10).stream().map(stream -> stream.arn() + " "
                        + stream.status() + " " + stream.shards().stream().map(shard -> shard.shardId() + " "
                        + shard.endingSequenceNumber() + " " + shard.recordCount() + " " + shard.latestRecords().stream()
                        .map(data -> data.sequenceNumber() + "=" + new String(data.data(), StandardCharsets.UTF_8))
                        .toList()).toList()).toList() + "\n"
                + aws.kinesis().describeStreamSummary(b -> b.streamName("probed")).streamDescriptionSummary() + "\n"
                + aws.kinesis().listTagsForStream(b -> b.streamName("probed")).tags() + "\n"
                + aws.kinesis().listStreamConsumers(b -> b.streamARN(STREAM_ARN)).consumers() + "\n"
                + aws.kinesis().getResourcePolicy(b -> b.resourceARN(STREAM_ARN)).policy() + "\n"
                + aws.kinesis().describeAccountSettings(b -> { }).minimumThroughputBillingCommitment();
    }
}
