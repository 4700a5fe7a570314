package dev.awsemulator.server.kinesis;

import dev.awsemulator.server.testsupport.EmulatorServerExtension;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.kinesis.model.EnhancedMetrics;
import software.amazon.awssdk.services.kinesis.model.MetricsName;
import software.amazon.awssdk.services.kinesis.model.ScalingType;
import software.amazon.awssdk.services.kinesis.model.StreamDescriptionSummary;
import software.amazon.awssdk.services.kinesis.model.StreamMode;
import software.amazon.awssdk.services.kinesis.model.ValidationException;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Kinesis behaviour recorded on AWS that clients depend on, through the SDK v2 client over HTTP. */
class KinesisAwsParityTest {

    @RegisterExtension
    static final EmulatorServerExtension aws = new EmulatorServerExtension();

    @Test
    void streamCreatedWithoutAShardCountIsOnDemandWithFourShards() {
        aws.kinesis().createStream(b -> b.streamName("sized-by-aws"));
        aws.kinesis().waiter().waitUntilStreamExists(b -> b.streamName("sized-by-aws"));

        StreamDescriptionSummary summary = summary("sized-by-aws");

        assertThat(summary.streamModeDetails().streamMode()).isEqualTo(StreamMode.ON_DEMAND);
        assertThat(summary.openShardCount()).isEqualTo(4);
        assertThat(aws.kinesis().listShards(b -> b.streamName("sized-by-aws")).shards()).hasSize(4);
    }

    @Test
    void onDemandStreamsRefuseUpdateShardCount() {
        aws.kinesis().createStream(b -> b.streamName("elastic")
                .streamModeDetails(m -> m.streamMode(StreamMode.ON_DEMAND)));
        aws.kinesis().waiter().waitUntilStreamExists(b -> b.streamName("elastic"));

        assertThatThrownBy(() -> aws.kinesis().updateShardCount(b -> b.streamName("elastic").targetShardCount(8)
                .scalingType(ScalingType.UNIFORM_SCALING)))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(400);
                    assertThat(e.awsErrorDetails().errorCode()).isEqualTo("ValidationException");
                    assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("UpdateShardCount is not supported for "
                            + "stream elastic under account 000000000000 because it is in ON_DEMAND capacity mode.");
                });
        assertThat(summary("elastic").openShardCount()).isEqualTo(4);
        assertThat(summary("elastic").streamStatusAsString()).isEqualTo("ACTIVE");
    }

    @Test
    void enhancedMonitoringListsNoMetricsAsAnEmptyList() throws Exception {
        aws.kinesis().createStream(b -> b.streamName("unmonitored").shardCount(1));
        aws.kinesis().waiter().waitUntilStreamExists(b -> b.streamName("unmonitored"));

        assertThat(summary("unmonitored").enhancedMonitoring()).singleElement()
                .satisfies(metrics -> assertThat(metrics.hasShardLevelMetrics()).isTrue())
                .extracting(EnhancedMetrics::shardLevelMetrics, InstanceOfAssertFactories.LIST).isEmpty();
        assertThat(aws.kinesis().disableEnhancedMonitoring(b -> b.streamName("unmonitored")
                .shardLevelMetrics(MetricsName.INCOMING_BYTES)).hasDesiredShardLevelMetrics()).isTrue();
        HttpResponse<String> json = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                        aws.endpoint() + "/"))
                .header("Content-Type", "application/x-amz-json-1.1")
                .header("X-Amz-Target", "Kinesis_20131202.DescribeStreamSummary")
                .POST(HttpRequest.BodyPublishers.ofString("{\"StreamName\":\"unmonitored\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(json.body()).contains("\"EnhancedMonitoring\":[{\"ShardLevelMetrics\":[]}]");
    }

    private static StreamDescriptionSummary summary(String stream) {
        return aws.kinesis().describeStreamSummary(b -> b.streamName(stream)).streamDescriptionSummary();
    }
}
