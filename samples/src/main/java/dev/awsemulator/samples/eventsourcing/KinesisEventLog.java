package dev.awsemulator.samples.eventsourcing;

import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.kinesis.KinesisClient;
import software.amazon.awssdk.services.kinesis.model.PutRecordRequest;

import java.util.HashMap;
import java.util.Map;

/**
 * Account events on a Kinesis stream. The partition key is the account id, so all of an account's
 * events go to one shard (one child shard after a reshard) and keep their order there; each put
 * also names the account's previous sequence number ({@code SequenceNumberForOrdering}), which
 * makes Kinesis keep them strictly increasing even when puts are retried.
 */
public final class KinesisEventLog implements EventLog {

    private final KinesisClient kinesis;
    private final String streamName;
    private final Map<String, String> lastSequenceNumbers = new HashMap<>();

    public KinesisEventLog(KinesisClient kinesis, String streamName) {
        this.kinesis = kinesis;
        this.streamName = streamName;
    }

    @Override
    public synchronized void append(AccountEvent event) {
        String sequenceNumber = kinesis.putRecord(PutRecordRequest.builder()
                .streamName(streamName)
                .partitionKey(event.accountId())
                .sequenceNumberForOrdering(lastSequenceNumbers.get(event.accountId()))
                .data(SdkBytes.fromByteArray(event.encode()))
                .build()).sequenceNumber();
        lastSequenceNumbers.put(event.accountId(), sequenceNumber);
    }
}
