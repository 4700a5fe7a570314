package dev.awsemulator.server.kinesis;

import dev.awsemulator.server.testsupport.EmulatorServerExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.kinesis.model.InvalidArgumentException;
import software.amazon.awssdk.services.kinesis.model.ResourceInUseException;
import software.amazon.awssdk.services.kinesis.model.ResourceNotFoundException;
import software.amazon.awssdk.services.kinesis.model.Shard;
import software.amazon.awssdk.services.kinesis.model.ShardIteratorType;
import software.amazon.awssdk.services.kinesis.model.StreamDescription;
import software.amazon.awssdk.services.kinesis.model.StreamStatus;
import software.amazon.awssdk.services.kinesis.model.Tag;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Stream management through the SDK v2 KinesisClient (CBOR by default, JSON in the second run). */
class KinesisStreamsTest {

    @RegisterExtension
    static final EmulatorServerExtension aws = new EmulatorServerExtension();

    @Test
    void createdStreamHasAwsHashKeyRangesAndBecomesActive() {
        aws.kinesis().createStream(b -> b.streamName("clicks").shardCount(2));
        aws.kinesis().waiter().waitUntilStreamExists(b -> b.streamName("clicks"));

        StreamDescription stream = aws.kinesis().describeStream(b -> b.streamName("clicks")).streamDescription();

        assertThat(stream.streamStatus()).isEqualTo(StreamStatus.ACTIVE);
        assertThat(stream.streamARN()).isEqualTo("arn:aws:kinesis:us-east-1:000000000000:stream/clicks");
        assertThat(stream.retentionPeriodHours()).isEqualTo(24);
        assertThat(stream.streamCreationTimestamp()).isEqualTo(aws.clock().now());
        assertThat(stream.shards()).extracting(Shard::shardId)
                .containsExactly("shardId-000000000000", "shardId-000000000001");
        assertThat(stream.shards().get(0).hashKeyRange().startingHashKey()).isEqualTo("0");
        assertThat(stream.shards().get(0).hashKeyRange().endingHashKey())
                .isEqualTo("170141183460469231731687303715884105727");
        assertThat(stream.shards().get(1).hashKeyRange().startingHashKey())
                .isEqualTo("170141183460469231731687303715884105728");
        assertThat(stream.shards().get(1).hashKeyRange().endingHashKey())
                .isEqualTo("340282366920938463463374607431768211455");
        assertThat(aws.kinesis().listStreams().streamNames()).containsExactly("clicks");
        assertThat(aws.kinesis().describeStreamSummary(b -> b.streamName("clicks")).streamDescriptionSummary()
                .openShardCount()).isEqualTo(2);
    }

    @Test
    void requestsNamingTheStreamsIdStayOnTheEndpointOverride() {
        aws.kinesis().createStream(b -> b.streamName("by-id").shardCount(1));
        String streamId = aws.kinesis().describeStreamSummary(b -> b.streamName("by-id")).streamDescriptionSummary()
                .streamId();

        // The SDK routes an id shaped like AWS's (20 characters, '-', a 3-character cell) to that AWS cell.
        aws.kinesis().putRecord(b -> b.streamName("by-id").streamId(streamId).partitionKey("k")
                .data(SdkBytes.fromUtf8String("kept")));

        assertThat(streamId).matches("[a-f0-9]{24}");
        String iterator = aws.kinesis().getShardIterator(b -> b.streamName("by-id").streamId(streamId)
                .shardId("shardId-000000000000").shardIteratorType(ShardIteratorType.TRIM_HORIZON)).shardIterator();
        assertThat(aws.kinesis().getRecords(b -> b.shardIterator(iterator).streamId(streamId)).records())
                .extracting(record -> record.data().asUtf8String()).containsExactly("kept");
    }

    @Test
    void missingStreamIsResourceNotFoundWithAwsText() {
        assertThatThrownBy(() -> aws.kinesis().describeStream(b -> b.streamName("nope")))
                .isInstanceOfSatisfying(ResourceNotFoundException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(400);
                    assertThat(e.awsErrorDetails().errorCode()).isEqualTo("ResourceNotFoundException");
                    assertThat(e.awsErrorDetails().errorMessage())
                            .isEqualTo("Stream nope under account 000000000000 not found.");
                });
    }

    @Test
    void duplicateStreamIsInUseAndBadArgumentsChangeNothing() {
        aws.kinesis().createStream(b -> b.streamName("once").shardCount(1));

        assertThatThrownBy(() -> aws.kinesis().createStream(b -> b.streamName("once").shardCount(1)))
                .isInstanceOf(ResourceInUseException.class);
        assertThatThrownBy(() -> aws.kinesis().createStream(b -> b.streamName("bad name!").shardCount(1)))
                .isInstanceOf(software.amazon.awssdk.services.kinesis.model.KinesisException.class)
                .satisfies(e -> assertThat(((software.amazon.awssdk.services.kinesis.model.KinesisException) e)
                        .statusCode()).isEqualTo(400));
        assertThat(aws.kinesis().listStreams().streamNames()).containsExactly("once");
    }

    @Test
    void retentionChangesAreValidated() {
        aws.kinesis().createStream(b -> b.streamName("kept").shardCount(1));

        aws.kinesis().increaseStreamRetentionPeriod(b -> b.streamName("kept").retentionPeriodHours(48));

        assertThat(aws.kinesis().describeStream(b -> b.streamName("kept")).streamDescription().retentionPeriodHours())
                .isEqualTo(48);
        assertThatThrownBy(() -> aws.kinesis().decreaseStreamRetentionPeriod(b -> b.streamName("kept")
                .retentionPeriodHours(72))).isInstanceOf(InvalidArgumentException.class);
        assertThat(aws.kinesis().describeStream(b -> b.streamName("kept")).streamDescription().retentionPeriodHours())
                .isEqualTo(48);
    }

    @Test
    void tagsWorkThroughBothTheOldAndTheNewApis() {
        aws.kinesis().createStream(b -> b.streamName("tagged").shardCount(1));
        String arn = "arn:aws:kinesis:us-east-1:000000000000:stream/tagged";

        aws.kinesis().addTagsToStream(b -> b.streamName("tagged").tags(Map.of("team", "a")));
        aws.kinesis().tagResource(b -> b.resourceARN(arn).tags(Map.of("env", "dev")));

        assertThat(aws.kinesis().listTagsForStream(b -> b.streamName("tagged")).tags())
                .extracting(Tag::key).containsExactlyInAnyOrder("team", "env");
        aws.kinesis().removeTagsFromStream(b -> b.streamName("tagged").tagKeys("team"));
        assertThat(aws.kinesis().listTagsForResource(b -> b.resourceARN(arn)).tags())
                .extracting(Tag::key).containsExactly("env");
    }

    @Test
    void deletedStreamIsGone() {
        aws.kinesis().createStream(b -> b.streamName("short-lived").shardCount(1));

        aws.kinesis().deleteStream(b -> b.streamName("short-lived"));
        aws.kinesis().waiter().waitUntilStreamNotExists(b -> b.streamName("short-lived"));

        assertThat(aws.kinesis().listStreams().streamNames()).isEmpty();
    }
}
