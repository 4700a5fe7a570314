package dev.awsemulator.core.kinesis;

import dev.awsemulator.core.kinesis.api.EnhancedMonitoringRequest;
import dev.awsemulator.core.kinesis.api.EnhancedMonitoringResult;
import dev.awsemulator.core.kinesis.api.StreamEncryptionRequest;
import dev.awsemulator.core.kinesis.api.UpdateStreamModeRequest;
import dev.awsemulator.core.kinesis.api.UpdateStreamWarmThroughputResult;
import dev.awsemulator.core.kinesis.api.WarmThroughputObject;

import java.util.List;

/**
 * A stream's settings that change no records: retention, encryption, enhanced monitoring, capacity mode,
 * maximum record size and warm throughput. Changes AWS applies through UPDATING do so here too.
 */
final class StreamConfiguration {

    static final int MIN_RETENTION_HOURS = 24;
    static final int MAX_RETENTION_HOURS = 8760;

    private final Transitions transitions;

    StreamConfiguration(Transitions transitions) {
        this.transitions = transitions;
    }

    void changeRetention(Stream stream, Integer requested, boolean increase) {
        int hours = ModelConstraints.required(requested, "retentionPeriodHours");
        if (hours < MIN_RETENTION_HOURS) {
            throw ModelConstraints.invalidArgument("Minimum allowed retention period is " + MIN_RETENTION_HOURS
                    + " hours. Requested retention period (" + hours + " hours) is too short.");
        }
        if (hours > MAX_RETENTION_HOURS) {
            throw ModelConstraints.invalidArgument("Maximum allowed retention period is " + MAX_RETENTION_HOURS
                    + " hours. Requested retention period (" + hours + " hours) is too long.");
        }
        int current = stream.retentionHours;
        if (increase && hours < current) {
            throw ModelConstraints.invalidArgument("Requested retention period (" + hours + " hours) for stream "
                    + stream.name() + " can not be shorter than existing retention period (" + current
                    + " hours). Use DecreaseRetentionPeriod API.");
        }
        if (!increase && hours > current) {
            throw ModelConstraints.invalidArgument("Requested retention period (" + hours + " hours) for stream "
                    + stream.name() + " can not be longer than existing retention period (" + current
                    + " hours). Use IncreaseRetentionPeriod API.");
        }
        StreamRegistry.requireActive(stream);
        stream.retentionHours = hours;
    }

    void changeEncryption(Stream stream, StreamEncryptionRequest request, boolean start) {
        String type = ModelConstraints.required(request.encryptionType(), "encryptionType");
        ModelConstraints.oneOf(type, "encryptionType", EncryptionType.NAMES);
        String keyId = ModelConstraints.required(request.keyId(), "keyId");
        ModelConstraints.length(keyId, "keyId", 1, 2048);
        if (!EncryptionType.KMS.name().equals(type)) {
            throw ModelConstraints.invalidArgument("Encryption type " + type + " is not supported; use KMS.");
        }
        StreamRegistry.requireActive(stream);
        update(stream, () -> {
            stream.encryptionType = start ? EncryptionType.KMS : EncryptionType.NONE;
            stream.keyId = start ? keyId : null;
        });
    }

    EnhancedMonitoringResult changeMonitoring(Stream stream, EnhancedMonitoringRequest request, boolean enable) {
        List<String> metrics = ModelConstraints.required(request.shardLevelMetrics(), "shardLevelMetrics");
        ModelConstraints.size(metrics, "shardLevelMetrics", 1, 7);
        metrics.forEach(metric -> ModelConstraints.oneOf(metric, "shardLevelMetrics.member", EnhancedMonitoring.NAMES));
        StreamRegistry.requireActive(stream);
        List<String> before = stream.metrics();
        stream.changeMetrics(metrics, enable);
        return new EnhancedMonitoringResult(stream.name(), before, stream.metrics(), stream.arn);
    }

    void changeMode(Stream stream, UpdateStreamModeRequest request) {
        StreamMode mode = StreamMode.valueOf(ModelConstraints.oneOf(ModelConstraints.required(
                ModelConstraints.required(request.streamModeDetails(), "streamModeDetails").streamMode(),
                "streamModeDetails.streamMode"), "streamModeDetails.streamMode", StreamMode.NAMES));
        Integer warm = checkWarmThroughput(mode, request.warmThroughputMiBps());
        StreamRegistry.requireActive(stream);
        if (mode == stream.streamMode) {
            throw ModelConstraints.invalidArgument("Stream " + stream.name() + " under account "
                    + stream.key.accountId() + " is already in " + mode + " mode.");
        }
        update(stream, () -> {
            stream.streamMode = mode;
            stream.warmThroughputMiBps = warm;
        });
    }

    void changeMaxRecordSize(Stream stream, Integer sizeKiB) {
        int size = ModelConstraints.required(sizeKiB, "maxRecordSizeInKiB");
        ModelConstraints.range(size, "maxRecordSizeInKiB", 1024, 10240);
        StreamRegistry.requireActive(stream);
        stream.maxRecordSizeKiB = size;
    }

    UpdateStreamWarmThroughputResult changeWarmThroughput(Stream stream, Integer requested) {
        int mibps = ModelConstraints.required(requested, "warmThroughputMiBps");
        checkWarmThroughput(stream.streamMode, mibps);
        StreamRegistry.requireActive(stream);
        stream.warmThroughputMiBps = mibps;
        return new UpdateStreamWarmThroughputResult(stream.arn, stream.name(), new WarmThroughputObject(mibps, mibps));
    }

    /** Warm throughput exists only for on-demand streams. */
    static Integer checkWarmThroughput(StreamMode mode, Integer mibps) {
        ModelConstraints.range(mibps, "warmThroughputMiBps", 0, Integer.MAX_VALUE);
        if (mibps != null && mode != StreamMode.ON_DEMAND) {
            throw ModelConstraints.invalidArgument("WarmThroughputMiBps can only be specified for ON_DEMAND streams.");
        }
        return mibps;
    }

    private void update(Stream stream, Runnable change) {
        stream.status = StreamStatus.UPDATING;
        transitions.complete(stream, () -> {
            change.run();
            stream.status = StreamStatus.ACTIVE;
        });
    }
}
