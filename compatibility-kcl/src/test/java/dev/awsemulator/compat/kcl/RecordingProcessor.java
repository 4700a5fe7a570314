package dev.awsemulator.compat.kcl;

import software.amazon.kinesis.exceptions.KinesisClientLibException;
import software.amazon.kinesis.exceptions.KinesisClientLibRetryableException;
import software.amazon.kinesis.lifecycle.events.InitializationInput;
import software.amazon.kinesis.lifecycle.events.LeaseLostInput;
import software.amazon.kinesis.lifecycle.events.ProcessRecordsInput;
import software.amazon.kinesis.lifecycle.events.ShardEndedInput;
import software.amazon.kinesis.lifecycle.events.ShutdownRequestedInput;
import software.amazon.kinesis.processor.RecordProcessorCheckpointer;
import software.amazon.kinesis.processor.ShardRecordProcessor;
import software.amazon.kinesis.retrieval.KinesisClientRecord;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A record processor as applications write them: it handles each batch, then checkpoints it, so a
 * record once checkpointed is never handed to any worker again. At the end of a shard and when its
 * worker shuts down it checkpoints as the KCL requires.
 */
final class RecordingProcessor implements ShardRecordProcessor {

    private final String worker;
    private final RecordLog log;
    private String shardId;

    RecordingProcessor(String worker, RecordLog log) {
        this.worker = worker;
        this.log = log;
    }

    @Override
    public void initialize(InitializationInput input) {
        shardId = input.shardId();
    }

    @Override
    public void processRecords(ProcessRecordsInput input) {
        if (input.records().isEmpty()) {
            return;
        }
        List<RecordLog.Processed> batch = new ArrayList<>();
        for (KinesisClientRecord record : input.records()) {
            batch.add(new RecordLog.Processed(worker, shardId, record.partitionKey(),
                    StandardCharsets.UTF_8.decode(record.data()).toString(), record.sequenceNumber()));
        }
        if (checkpoint(input.checkpointer())) {
            log.checkpointed(batch);
        }
    }

    @Override
    public void leaseLost(LeaseLostInput input) {
        // Another worker owns the shard now; it resumes from our last checkpoint.
    }

    @Override
    public void shardEnded(ShardEndedInput input) {
        checkpoint(input.checkpointer());
    }

    @Override
    public void shutdownRequested(ShutdownRequestedInput input) {
        checkpoint(input.checkpointer());
    }

    private boolean checkpoint(RecordProcessorCheckpointer checkpointer) {
        try {
            checkpointer.checkpoint();
            return true;
        } catch (KinesisClientLibException | KinesisClientLibRetryableException e) {
            log.checkpointFailed(shardId, e);
            return false;
        }
    }
}
