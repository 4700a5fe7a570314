package dev.awsemulator.compat.kcl;

import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.kinesis.KinesisClient;
import software.amazon.awssdk.services.kinesis.model.PutRecordsRequestEntry;
import software.amazon.awssdk.services.kinesis.model.PutRecordsResultEntry;
import software.amazon.awssdk.services.kinesis.model.ScalingType;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The producer side, with the plain SDK v2 client: streams, records and resharding. */
final class StreamDriver implements AutoCloseable {

    private static final int PUT_RECORDS_BATCH = 100;

    private final KinesisClient kinesis;

    StreamDriver(URI endpoint) {
        this.kinesis = AwsClients.configure(KinesisClient.builder(), endpoint).build();
    }

    void createStream(String streamName, int shards) {
        kinesis.createStream(b -> b.streamName(streamName).shardCount(shards));
        kinesis.waiter().waitUntilStreamExists(b -> b.streamName(streamName));
    }

    /**
     * Puts records {@code from} (inclusive) to {@code to} (exclusive) of a stream, each named
     * {@code key-K:N} and written under partition key {@code key-K}, in order; returns where each landed.
     */
    List<Written> put(String streamName, int from, int to, int partitionKeys) {
        List<Written> written = new ArrayList<>();
        for (int start = from; start < to; start += PUT_RECORDS_BATCH) {
            List<PutRecordsRequestEntry> entries = new ArrayList<>();
            for (int n = start; n < Math.min(to, start + PUT_RECORDS_BATCH); n++) {
                String key = "key-" + n % partitionKeys;
                entries.add(PutRecordsRequestEntry.builder().partitionKey(key)
                        .data(SdkBytes.fromUtf8String(key + ":" + n)).build());
            }
            List<PutRecordsResultEntry> results = kinesis.putRecords(b -> b.streamName(streamName).records(entries))
                    .records();
            for (int i = 0; i < entries.size(); i++) {
                PutRecordsResultEntry result = results.get(i);
                if (result.errorCode() != null) {
                    throw new AssertionError("PutRecords refused a record: " + result);
                }
                written.add(new Written(entries.get(i).partitionKey(), entries.get(i).data().asUtf8String(),
                        result.shardId(), result.sequenceNumber()));
            }
        }
        return written;
    }

    void updateShardCount(String streamName, int target) {
        kinesis.updateShardCount(b -> b.streamName(streamName).targetShardCount(target)
                .scalingType(ScalingType.UNIFORM_SCALING));
        kinesis.waiter().waitUntilStreamExists(b -> b.streamName(streamName));
    }

    /** Every shard of the stream, by id, and whether it is closed. */
    Map<String, Boolean> shards(String streamName) {
        Map<String, Boolean> shards = new TreeMap<>();
        kinesis.listShards(b -> b.streamName(streamName)).shards().forEach(shard ->
                shards.put(shard.shardId(), shard.sequenceNumberRange().endingSequenceNumber() != null));
        return shards;
    }

    /** The names of the stream's registered enhanced fan-out consumers. */
    List<String> consumers(String streamName) {
        String streamArn = kinesis.describeStreamSummary(b -> b.streamName(streamName)).streamDescriptionSummary()
                .streamARN();
        return kinesis.listStreamConsumers(b -> b.streamARN(streamArn)).consumers().stream()
                .map(consumer -> consumer.consumerName()).toList();
    }

    @Override
    public void close() {
        kinesis.close();
    }

    /** A record as the producer wrote it and where the stream put it. */
    record Written(String partitionKey, String data, String shardId, String sequenceNumber) {
    }
}
