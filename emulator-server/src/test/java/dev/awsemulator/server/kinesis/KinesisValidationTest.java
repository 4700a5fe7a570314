package dev.awsemulator.server.kinesis;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.cbor.CBORFactory;
import dev.awsemulator.server.testsupport.EmulatorServerExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.kinesis.model.KinesisException;
import software.amazon.awssdk.services.kinesis.model.PutRecordsRequestEntry;
import software.amazon.awssdk.services.kinesis.model.ValidationException;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Kinesis's request validation as AWS answers it, through the SDK v2 client (CBOR) and raw JSON where the
 * SDK would not send the request: every violation in one message, checked before the stream is looked up.
 */
class KinesisValidationTest {

    @RegisterExtension
    static final EmulatorServerExtension aws = new EmulatorServerExtension();

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper CBOR = new ObjectMapper(new CBORFactory());

    @Test
    void everyViolationIsReportedInOneMessageAndNoStreamIsCreated() {
        assertThatThrownBy(() -> aws.kinesis().createStream(b -> b.streamName("bad name").shardCount(0)))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(400);
                    assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("2 validation errors detected: "
                            + "Value 'bad name' at 'streamName' failed to satisfy constraint: Member must satisfy "
                            + "regular expression pattern: [a-zA-Z0-9_.-]+; Value '0' at 'shardCount' failed to "
                            + "satisfy constraint: Member must have value greater than or equal to 1");
                });

        assertThat(aws.kinesis().listStreams().streamNames()).isEmpty();
    }

    @Test
    void constraintsAreCheckedBeforeTheStreamIsLookedUp() {
        assertThatThrownBy(() -> aws.kinesis().describeStreamSummary(b -> b.streamName("")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.awsErrorDetails().errorMessage())
                        .isEqualTo("2 validation errors detected: Value '' at 'streamName' failed to satisfy "
                                + "constraint: Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+; "
                                + "Value '' at 'streamName' failed to satisfy constraint: Member must have length "
                                + "greater than or equal to 1"));
    }

    @Test
    void nestedAndListMembersAreNamedByTheirPath() {
        aws.kinesis().createStream(b -> b.streamName("paths").shardCount(1));

        assertThatThrownBy(() -> aws.kinesis().putRecords(b -> b.streamName("paths").records(
                PutRecordsRequestEntry.builder().partitionKey("k").data(SdkBytes.fromUtf8String("a")).build(),
                PutRecordsRequestEntry.builder().partitionKey("").data(SdkBytes.fromUtf8String("b")).build())))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.awsErrorDetails().errorMessage())
                        .isEqualTo("1 validation error detected: Value '' at 'records.2.member.partitionKey' failed "
                                + "to satisfy constraint: Member must have length greater than or equal to 1"));
        assertThatThrownBy(() -> aws.kinesis().removeTagsFromStream(b -> b.streamName("paths").tagKeys("")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.awsErrorDetails().errorMessage())
                        .isEqualTo("1 validation error detected: Value '[]' at 'tagKeys' failed to satisfy "
                                + "constraint: Member must satisfy constraint: [Member must have length less than or "
                                + "equal to 128, Member must have length greater than or equal to 1]"));

        assertThat(aws.server().emulator().kinesis().overview(1).get(0).shards().get(0).recordCount()).isZero();
    }

    @Test
    void aMemberOfTheWrongJsonTypeIsASerializationExceptionInAwsWords() throws Exception {
        assertThat(json("CreateStream", "{\"StreamName\":\"typed\",\"ShardCount\":\"2\"}"))
                .isEqualTo("class java.lang.String can not be converted to an Integer");
        assertThat(json("CreateStream", "{\"StreamName\":true,\"ShardCount\":2}"))
                .isEqualTo("class java.lang.Boolean can not be converted to an String");
        assertThat(json("CreateStream", "{\"StreamName\":\"typed\",\"Tags\":[]}"))
                .isEqualTo("Start of list found where not expected");
        assertThat(json("GetShardIterator", "{\"StreamName\":\"typed\",\"ShardId\":\"shardId-000000000000\","
                + "\"ShardIteratorType\":\"AT_TIMESTAMP\",\"Timestamp\":\"2016-04-04T19:58:46.480-00:00\"}"))
                .isEqualTo("class java.lang.String can not be converted to a Timestamp");
        assertThat(json("PutRecord", "{\"StreamName\":\"typed\",\"PartitionKey\":\"k\",\"Data\":\"abc\"}"))
                .isEqualTo("'abc' can not be converted to a Blob: Base64 encoded length is expected a multiple "
                        + "of 4 bytes but found: 3");

        assertThat(aws.kinesis().listStreams().streamNames()).isEmpty();
    }

    @Test
    void aMemberOfTheWrongCborTypeIsASerializationException() throws Exception {
        HttpResponse<byte[]> response = post("application/x-amz-cbor-1.1", "CreateStream",
                CBOR.writeValueAsBytes(Map.of("StreamName", 7, "ShardCount", 1)));

        JsonNode error = CBOR.readTree(response.body());
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(error.get("__type").asText()).isEqualTo("SerializationException");
        assertThat(error.get("message").asText()).isEqualTo("class java.math.BigDecimal can not be converted to an String");
        assertThat(aws.kinesis().listStreams().streamNames()).isEmpty();
    }

    @Test
    void aValidRequestStillReachesTheStream() {
        aws.kinesis().createStream(b -> b.streamName("fine").shardCount(1));

        assertThat(aws.kinesis().putRecord(b -> b.streamName("fine").partitionKey("k")
                .data(SdkBytes.fromUtf8String("kept"))).shardId()).isEqualTo("shardId-000000000000");
        assertThatThrownBy(() -> aws.kinesis().describeStreamSummary(b -> b.streamName("missing")))
                .isInstanceOfSatisfying(KinesisException.class, e -> assertThat(e.awsErrorDetails().errorCode())
                        .isEqualTo("ResourceNotFoundException"));
    }

    private static String json(String operation, String body) throws Exception {
        HttpResponse<byte[]> response = post("application/x-amz-json-1.1", operation, body.getBytes(StandardCharsets.UTF_8));
        JsonNode error = JSON.readTree(response.body());
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(error.get("__type").asText()).isEqualTo("SerializationException");
        return error.get("message").asText();
    }

    private static HttpResponse<byte[]> post(String contentType, String operation, byte[] body) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(aws.endpoint() + "/"))
                .header("Content-Type", contentType)
                .header("X-Amz-Target", "Kinesis_20131202." + operation)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
