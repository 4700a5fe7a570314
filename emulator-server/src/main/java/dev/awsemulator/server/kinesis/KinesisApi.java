package dev.awsemulator.server.kinesis;

import dev.awsemulator.core.common.Arn;
import dev.awsemulator.core.kinesis.KinesisError;
import dev.awsemulator.core.kinesis.KinesisService;
import dev.awsemulator.core.kinesis.StreamOverview;
import dev.awsemulator.core.kinesis.api.*;
import dev.awsemulator.server.api.JsonFacts;
import dev.awsemulator.server.api.NoInput;
import dev.awsemulator.server.api.Operation;
import dev.awsemulator.server.api.ResourceNames;
import dev.awsemulator.server.api.ServiceDefinition;
import dev.awsemulator.server.api.WireNames;
import dev.awsemulator.server.model.InputChecks;
import dev.awsemulator.server.model.ViolationReport;

import java.util.List;

/**
 * Kinesis Data Streams' operation table (2013-12-02 model): AWS JSON 1.1 and its CBOR form, which
 * the Java SDKs use by default; SubscribeToShard answers with an event stream. Requests name their stream
 * by name or ARN, through a consumer's ARN or a shard iterator; PutRecords fails records by position.
 */
public final class KinesisApi {

    private KinesisApi() {
    }

    /** A consumer's ARN is its stream's followed by {@code /consumer/<name>:<created>}. */
    private static final String CONSUMER = "/consumer/";

    /** A constant, as the wire names below are: its model, read at the first check, is read once per JVM. */
    private static final InputChecks INPUT_CHECKS = InputChecks.of(KinesisApi.class, "input-constraints.txt",
            ViolationReport.aggregated(KinesisError.VALIDATION));

    /** A constant, so that every emulator of a JVM shares the codecs made of it ({@link WireNames#derived}). */
    private static final WireNames WIRE_NAMES = WireNames.withMapEntries("key", "value")
            .alwaysInclude(GetRecordsResult.class, "records")
            .alwaysInclude(SubscribeToShardEvent.class, "records")
            .alwaysInclude(StreamDescription.class, "shards")
            .alwaysInclude(ListStreamsResult.class, "streamNames")
            .alwaysInclude(ListTagsForStreamResult.class, "tags")
            .alwaysInclude(EnhancedMetrics.class, "shardLevelMetrics")
            .alwaysInclude(EnhancedMonitoringResult.class, "currentShardLevelMetrics")
            .alwaysInclude(EnhancedMonitoringResult.class, "desiredShardLevelMetrics");

    public static ServiceDefinition definition(KinesisService kinesis) {
        return ServiceDefinition.builder("kinesis")
                .json(JsonFacts.of("Kinesis_20131202", "1.1").withCbor())
                .inputChecks(INPUT_CHECKS)
                .wireNames(WIRE_NAMES)
                .resources(ResourceNames.of("stream", () -> kinesis.overview(0).stream().map(StreamOverview::arn)
                                .toList())
                        .member("streamARN", (caller, arn) -> arn)
                        .member("streamName", (caller, name) -> Arn.of(caller, "kinesis", "stream/" + name).toString())
                        .member("consumerARN", (caller, arn) -> streamOf(arn))
                        .member("resourceARN", (caller, arn) -> streamOf(arn))
                        .member("shardIterator", (caller, iterator) -> kinesis.streamArnOfIterator(iterator)))
                .operations(() -> List.of(
                Operation.empty("CreateStream", CreateStreamRequest.class, kinesis::createStream),
                Operation.empty("DeleteStream", DeleteStreamRequest.class, kinesis::deleteStream),
                Operation.of("DescribeStream", DescribeStreamRequest.class, kinesis::describeStream),
                Operation.of("DescribeStreamSummary", StreamRequest.class, kinesis::describeStreamSummary),
                Operation.of("ListStreams", ListStreamsRequest.class, kinesis::listStreams),
                Operation.of("DescribeLimits", NoInput.class, (caller, none) -> kinesis.describeLimits(caller)),
                Operation.empty("IncreaseStreamRetentionPeriod", RetentionPeriodRequest.class,
                        kinesis::increaseStreamRetentionPeriod),
                Operation.empty("DecreaseStreamRetentionPeriod", RetentionPeriodRequest.class,
                        kinesis::decreaseStreamRetentionPeriod),
                Operation.empty("StartStreamEncryption", StreamEncryptionRequest.class, kinesis::startStreamEncryption),
                Operation.empty("StopStreamEncryption", StreamEncryptionRequest.class, kinesis::stopStreamEncryption),
                Operation.of("EnableEnhancedMonitoring", EnhancedMonitoringRequest.class,
                        kinesis::enableEnhancedMonitoring),
                Operation.of("DisableEnhancedMonitoring", EnhancedMonitoringRequest.class,
                        kinesis::disableEnhancedMonitoring),
                Operation.empty("UpdateStreamMode", UpdateStreamModeRequest.class, kinesis::updateStreamMode),
                Operation.empty("UpdateMaxRecordSize", UpdateMaxRecordSizeRequest.class, kinesis::updateMaxRecordSize),
                Operation.of("UpdateStreamWarmThroughput", UpdateStreamWarmThroughputRequest.class,
                        kinesis::updateStreamWarmThroughput),
                Operation.of("DescribeAccountSettings", NoInput.class,
                        (caller, none) -> kinesis.describeAccountSettings(caller)),
                Operation.of("UpdateAccountSettings", UpdateAccountSettingsRequest.class, kinesis::updateAccountSettings),
                Operation.of("PutRecord", PutRecordRequest.class, kinesis::putRecord),
                Operation.of("PutRecords", PutRecordsRequest.class, kinesis::putRecords)
                        .batch(KinesisBatches.PUT_RECORDS),
                Operation.of("GetShardIterator", GetShardIteratorRequest.class, kinesis::getShardIterator),
                Operation.of("GetRecords", GetRecordsRequest.class, kinesis::getRecords),
                Operation.of("ListShards", ListShardsRequest.class, kinesis::listShards),
                Operation.empty("SplitShard", SplitShardRequest.class, kinesis::splitShard),
                Operation.empty("MergeShards", MergeShardsRequest.class, kinesis::mergeShards),
                Operation.of("UpdateShardCount", UpdateShardCountRequest.class, kinesis::updateShardCount),
                Operation.of("RegisterStreamConsumer", RegisterStreamConsumerRequest.class,
                        kinesis::registerStreamConsumer),
                Operation.of("DescribeStreamConsumer", StreamConsumerRequest.class, kinesis::describeStreamConsumer),
                Operation.empty("DeregisterStreamConsumer", StreamConsumerRequest.class,
                        kinesis::deregisterStreamConsumer),
                Operation.of("ListStreamConsumers", ListStreamConsumersRequest.class, kinesis::listStreamConsumers),
                Operation.eventStream("SubscribeToShard", SubscribeToShardRequest.class, "SubscribeToShardEvent",
                        kinesis::subscribeToShard),
                Operation.empty("AddTagsToStream", AddTagsToStreamRequest.class, kinesis::addTagsToStream),
                Operation.empty("RemoveTagsFromStream", RemoveTagsFromStreamRequest.class, kinesis::removeTagsFromStream),
                Operation.of("ListTagsForStream", ListTagsForStreamRequest.class, kinesis::listTagsForStream),
                Operation.empty("TagResource", TagResourceRequest.class, kinesis::tagResource),
                Operation.empty("UntagResource", UntagResourceRequest.class, kinesis::untagResource),
                Operation.of("ListTagsForResource", ResourceArnRequest.class, kinesis::listTagsForResource),
                Operation.empty("PutResourcePolicy", PutResourcePolicyRequest.class, kinesis::putResourcePolicy),
                Operation.of("GetResourcePolicy", ResourceArnRequest.class, kinesis::getResourcePolicy),
                Operation.empty("DeleteResourcePolicy", ResourceArnRequest.class, kinesis::deleteResourcePolicy)))
                .build();
    }

    /** The stream's ARN, from its own or a consumer's. */
    private static String streamOf(String arn) {
        int consumer = arn.indexOf(CONSUMER);
        return consumer < 0 ? arn : arn.substring(0, consumer);
    }
}
