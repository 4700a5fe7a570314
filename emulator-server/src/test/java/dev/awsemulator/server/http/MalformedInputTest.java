package dev.awsemulator.server.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.cbor.CBORFactory;
import dev.awsemulator.server.testsupport.EmulatorServerExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.sns.model.InvalidParameterException;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Inputs the fuzzer found answered with a 500: each is now a 4xx AWS error and changes nothing. */
class MalformedInputTest {

    @RegisterExtension
    static final EmulatorServerExtension aws = new EmulatorServerExtension();

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final ObjectMapper CBOR = new ObjectMapper(new CBORFactory());

    @Test
    void aJsonBodyOfNullIsASerializationError() throws Exception {
        HttpResponse<byte[]> response = post("AmazonSQS.CreateQueue", "application/x-amz-json-1.0",
                "null".getBytes(StandardCharsets.UTF_8));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("x-amzn-ErrorType")).hasValue("SerializationException");
        assertThat(aws.sqs().listQueues().queueUrls()).isEmpty();
    }

    @Test
    void aCborBodyOfNullIsASerializationErrorInCbor() throws Exception {
        HttpResponse<byte[]> response = post("Kinesis_20131202.CreateStream", "application/x-amz-cbor-1.1",
                new byte[] {(byte) 0xF6});

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(CBOR.readTree(response.body()).get("__type").asText()).isEqualTo("SerializationException");
        assertThat(aws.kinesis().listStreams().streamNames()).isEmpty();
    }

    @Test
    void aCborTextThatIsNotUtf8IsAnErrorTheClientCanRead() throws Exception {
        aws.kinesis().createStream(b -> b.streamName("orders").shardCount(1));
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(0xA2); // a map of two entries
        text(body, "StreamName".getBytes(StandardCharsets.UTF_8));
        text(body, new byte[] {'o', (byte) 0xED, (byte) 0xA0, (byte) 0x80}); // an encoded lone surrogate
        text(body, "RetentionPeriodHours".getBytes(StandardCharsets.UTF_8));
        body.write(0x18);
        body.write(48);

        HttpResponse<byte[]> response = post("Kinesis_20131202.IncreaseStreamRetentionPeriod",
                "application/x-amz-cbor-1.1", body.toByteArray());

        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode error = CBOR.readTree(response.body());
        assertThat(error.get("__type").asText()).isNotBlank();
        assertThat(response.headers().firstValue("x-amzn-ErrorType")).hasValue(error.get("__type").asText());
        assertThat(aws.kinesis().describeStreamSummary(b -> b.streamName("orders"))
                .streamDescriptionSummary().retentionPeriodHours()).isEqualTo(24);
    }

    @Test
    void anUnpairedSurrogateIsRefusedBeforeItIsStoredAndCannotBreakACborAnswer() throws Exception {
        aws.kinesis().createStream(b -> b.streamName("tagged").shardCount(1));

        HttpResponse<byte[]> tagged = post("Kinesis_20131202.AddTagsToStream", "application/x-amz-json-1.1",
                "{\"StreamName\":\"tagged\",\"Tags\":{\"k\":\"a\\ud800b\"}}".getBytes(StandardCharsets.UTF_8));

        assertThat(tagged.statusCode()).isEqualTo(400);
        assertThat(tagged.headers().firstValue("x-amzn-ErrorType")).hasValue("SerializationException");
        assertThat(aws.kinesis().listTagsForStream(b -> b.streamName("tagged")).tags()).isEmpty();
    }

    @Test
    void aNullInsideAListIsDroppedLikeAwsDropsIt() throws Exception {
        String url = aws.sqs().createQueue(b -> b.queueName("jobs")).queueUrl();

        HttpResponse<byte[]> response = post("AmazonSQS.SendMessageBatch", "application/x-amz-json-1.0",
                ("{\"QueueUrl\":\"" + url + "\",\"Entries\":[null]}").getBytes(StandardCharsets.UTF_8));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("x-amzn-ErrorType")).hasValue("EmptyBatchRequest");
    }

    @Test
    void aFractionForAnIntegerMemberIsASerializationError() throws Exception {
        String url = aws.sqs().createQueue(b -> b.queueName("jobs")).queueUrl();

        HttpResponse<byte[]> response = post("AmazonSQS.ReceiveMessage", "application/x-amz-json-1.0",
                ("{\"QueueUrl\":\"" + url + "\",\"WaitTimeSeconds\":1.5}").getBytes(StandardCharsets.UTF_8));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("x-amzn-ErrorType")).hasValue("SerializationException");
    }

    @Test
    void deletingAnEndpointOrApplicationWithoutItsArnIsAnInvalidParameter() {
        assertThatThrownBy(() -> aws.sns().deleteEndpoint(b -> { }))
                .isInstanceOfSatisfying(InvalidParameterException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(400);
                    assertThat(e.awsErrorDetails().errorCode()).isEqualTo("InvalidParameter");
                });
        assertThatThrownBy(() -> aws.sns().deletePlatformApplication(b -> { }))
                .isInstanceOfSatisfying(InvalidParameterException.class,
                        e -> assertThat(e.awsErrorDetails().errorCode()).isEqualTo("InvalidParameter"));
    }

    private static void text(ByteArrayOutputStream out, byte[] utf8) {
        out.write(0x60 + utf8.length); // a text string shorter than 24 bytes
        out.writeBytes(utf8);
    }

    private static HttpResponse<byte[]> post(String target, String contentType, byte[] body)
            throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(aws.endpoint())
                .header("X-Amz-Target", target)
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
