package dev.awsemulator.server.http;

import dev.awsemulator.server.testsupport.EmulatorServerExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.core.SdkBytes;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The JDK client upgrades a cleartext connection to HTTP/2 with {@code Upgrade: h2c} instead of
 * prior knowledge: SubscribeToShard's event stream still flows over it, ends when the subscription
 * ends, and the connection serves the next call.
 */
class H2cUpgradeEventStreamTest {

    @RegisterExtension
    static final EmulatorServerExtension aws = new EmulatorServerExtension();

    @Test
    void anEventStreamFlowsOverAnUpgradedConnectionAndEnds() throws Exception {
        aws.kinesis().createStream(b -> b.streamName("upgraded").shardCount(1));
        String streamArn = aws.kinesis().describeStreamSummary(b -> b.streamName("upgraded"))
                .streamDescriptionSummary().streamARN();
        String consumerArn = aws.kinesis().registerStreamConsumer(b -> b.streamARN(streamArn).consumerName("reader"))
                .consumer().consumerARN();
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_2).build();

        HttpResponse<InputStream> response = http.sendAsync(post("SubscribeToShard", "{\"ConsumerARN\":\""
                + consumerArn + "\",\"ShardId\":\"shardId-000000000000\",\"StartingPosition\":{\"Type\":\"LATEST\"}}"),
                HttpResponse.BodyHandlers.ofInputStream()).get(10, TimeUnit.SECONDS);
        assertThat(response.version()).isEqualTo(HttpClient.Version.HTTP_2);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("content-type")).hasValue("application/vnd.amazon.eventstream");

        aws.kinesis().putRecord(b -> b.streamName("upgraded").partitionKey("k")
                .data(SdkBytes.fromUtf8String("through-the-upgrade")));
        aws.advance(Duration.ofMinutes(5));
        CompletableFuture<byte[]> stream = CompletableFuture.supplyAsync(() -> readAll(response.body()));

        assertThat(new String(stream.get(10, TimeUnit.SECONDS), StandardCharsets.ISO_8859_1))
                .contains("initial-response").contains("SubscribeToShardEvent")
                .contains("dGhyb3VnaC10aGUtdXBncmFkZQ=="); // the record's data, base64 in the JSON event
        assertThat(http.sendAsync(post("ListStreams", "{}"), HttpResponse.BodyHandlers.ofString())
                .get(10, TimeUnit.SECONDS).body()).contains("\"upgraded\"");
    }

    private static HttpRequest post(String operation, String body) {
        return HttpRequest.newBuilder(aws.endpoint())
                .header("X-Amz-Target", "Kinesis_20131202." + operation)
                .header("Content-Type", "application/x-amz-json-1.1")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private static byte[] readAll(InputStream in) {
        try (in) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
