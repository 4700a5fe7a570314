package dev.awsemulator.core.kinesis;

import dev.awsemulator.core.common.Caller;
import dev.awsemulator.core.kinesis.api.*;
import dev.awsemulator.core.time.Clock;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * Amazon Kinesis Data Streams: every operation of the 2013-12-02 API, named after it. Streams are
 * addressed by StreamName (in the caller's account and region) or StreamARN. Each request is validated
 * before anything changes, so a rejected request leaves every stream as it was. The work itself is done by
 * one collaborator per concern; this class only routes.
 */
public final class KinesisService {

    private final Clock clock;
    private final StreamRegistry streams = new StreamRegistry();
    private final Transitions transitions;
    private final StreamLifecycle lifecycle;
    private final StreamConfiguration configuration;
    private final RecordWriter writer;
    private final RecordReader reader;
    private final Resharding resharding;
    private final ShardListing listing;
    private final Consumers consumers;
    private final Tagging tagging;
    private final AccountSettings accountSettings = new AccountSettings();

    public KinesisService(Clock clock, KinesisOptions options) {
        this.clock = clock;
        this.transitions = new Transitions(clock, options.transitionDelay());
        this.lifecycle = new StreamLifecycle(clock, streams, transitions, options.shardLimit());
        this.configuration = new StreamConfiguration(transitions);
        this.writer = new RecordWriter(clock, options.throughputLimits());
        this.reader = new RecordReader(clock, streams, options.throughputLimits());
        this.resharding = new Resharding(clock, transitions, options.shardLimit());
        this.listing = new ShardListing(clock, streams);
        this.consumers = new Consumers(clock, streams, transitions);
        this.tagging = new Tagging(streams, consumers);
    }

    /** Deletes every stream and account setting, and calls off pending transitions: a fresh service. */
    public void reset() {
        transitions.cancelAll();
        streams.clear();
        accountSettings.clear();
    }

    /** Every stream of every account and region, by ARN, with each shard's newest {@code recordsPerShard} records. */
    public List<StreamOverview> overview(int recordsPerShard) {
        Instant now = clock.now();
        return streams.all().stream()
                .sorted(Comparator.comparing(stream -> stream.arn))
                .map(stream -> new StreamOverview(stream.arn, stream.status, stream.shards(now).stream()
                        .map(shard -> shard.overview(recordsPerShard, stream.recordEncryption()))
                        .toList()))
                .toList();
    }

    // ---- streams ----

    public void createStream(Caller caller, CreateStreamRequest request) {
        lifecycle.create(caller, request);
    }

    public void deleteStream(Caller caller, DeleteStreamRequest request) {
        lifecycle.delete(caller, request);
    }

    public DescribeStreamResult describeStream(Caller caller, DescribeStreamRequest request) {
        return new DescribeStreamResult(lifecycle.describe(caller, request));
    }

    public DescribeStreamSummaryResult describeStreamSummary(Caller caller, StreamRequest request) {
        return new DescribeStreamSummaryResult(lifecycle.summarize(stream(caller, request.streamName(),
                request.streamARN())));
    }

    public ListStreamsResult listStreams(Caller caller, ListStreamsRequest request) {
        return lifecycle.list(caller, request);
    }

    public DescribeLimitsResult describeLimits(Caller caller) {
        return lifecycle.limits(caller);
    }

    // ---- settings ----

    public void increaseStreamRetentionPeriod(Caller caller, RetentionPeriodRequest request) {
        configuration.changeRetention(stream(caller, request.streamName(), request.streamARN()),
                request.retentionPeriodHours(), true);
    }

    public void decreaseStreamRetentionPeriod(Caller caller, RetentionPeriodRequest request) {
        configuration.changeRetention(stream(caller, request.streamName(), request.streamARN()),
                request.retentionPeriodHours(), false);
    }

    public void startStreamEncryption(Caller caller, StreamEncryptionRequest request) {
        configuration.changeEncryption(stream(caller, request.streamName(), request.streamARN()), request, true);
    }

    public void stopStreamEncryption(Caller caller, StreamEncryptionRequest request) {
        configuration.changeEncryption(stream(caller, request.streamName(), request.streamARN()), request, false);
    }

    public EnhancedMonitoringResult enableEnhancedMonitoring(Caller caller, EnhancedMonitoringRequest request) {
        return configuration.changeMonitoring(stream(caller, request.streamName(), request.streamARN()), request,
                true);
    }

    public EnhancedMonitoringResult disableEnhancedMonitoring(Caller caller, EnhancedMonitoringRequest request) {
        return configuration.changeMonitoring(stream(caller, request.streamName(), request.streamARN()), request,
                false);
    }

    public void updateStreamMode(Caller caller, UpdateStreamModeRequest request) {
        Validate.required(request.streamARN(), "streamARN");
        configuration.changeMode(stream(caller, null, request.streamARN()), request);
    }

    public void updateMaxRecordSize(Caller caller, UpdateMaxRecordSizeRequest request) {
        configuration.changeMaxRecordSize(stream(caller, null, request.streamARN()), request.maxRecordSizeInKiB());
    }

    public UpdateStreamWarmThroughputResult updateStreamWarmThroughput(Caller caller,
                                                                       UpdateStreamWarmThroughputRequest request) {
        return configuration.changeWarmThroughput(stream(caller, request.streamName(), request.streamARN()),
                request.warmThroughputMiBps());
    }

    public DescribeAccountSettingsResult describeAccountSettings(Caller caller) {
        return new DescribeAccountSettingsResult(accountSettings.commitment(caller.accountId()));
    }

    public UpdateAccountSettingsResult updateAccountSettings(Caller caller, UpdateAccountSettingsRequest request) {
        return new UpdateAccountSettingsResult(accountSettings.update(caller.accountId(), request, clock.now()));
    }

    // ---- records ----

    public PutRecordResult putRecord(Caller caller, PutRecordRequest request) {
        return writer.putRecord(stream(caller, request.streamName(), request.streamARN()), request);
    }

    public PutRecordsResult putRecords(Caller caller, PutRecordsRequest request) {
        return writer.putRecords(stream(caller, request.streamName(), request.streamARN()), request);
    }

    public GetShardIteratorResult getShardIterator(Caller caller, GetShardIteratorRequest request) {
        Stream stream = stream(caller, request.streamName(), request.streamARN());
        if ("CREATING".equals(stream.status)) {
            throw StreamRegistry.notFound(stream.key);
        }
        return reader.getShardIterator(stream, request);
    }

    /** The iterator names its stream; a StreamARN next to it is accepted and not needed. */
    public GetRecordsResult getRecords(Caller caller, GetRecordsRequest request) {
        return reader.getRecords(request);
    }

    // ---- shards ----

    public ListShardsResult listShards(Caller caller, ListShardsRequest request) {
        return listing.listShards(caller, request);
    }

    public void splitShard(Caller caller, SplitShardRequest request) {
        resharding.split(stream(caller, request.streamName(), request.streamARN()), request);
    }

    public void mergeShards(Caller caller, MergeShardsRequest request) {
        resharding.merge(stream(caller, request.streamName(), request.streamARN()), request);
    }

    public UpdateShardCountResult updateShardCount(Caller caller, UpdateShardCountRequest request) {
        return resharding.updateShardCount(stream(caller, request.streamName(), request.streamARN()), request);
    }

    // ---- consumers ----

    public RegisterStreamConsumerResult registerStreamConsumer(Caller caller, RegisterStreamConsumerRequest request) {
        return new RegisterStreamConsumerResult(consumers.register(request));
    }

    public DescribeStreamConsumerResult describeStreamConsumer(Caller caller, StreamConsumerRequest request) {
        return new DescribeStreamConsumerResult(consumers.describe(request).describe());
    }

    public void deregisterStreamConsumer(Caller caller, StreamConsumerRequest request) {
        consumers.deregister(request);
    }

    public ListStreamConsumersResult listStreamConsumers(Caller caller, ListStreamConsumersRequest request) {
        return consumers.list(request);
    }

    /**
     * Starts an enhanced fan-out subscription. Errors found before the stream starts are thrown here; those
     * that end a running subscription reach its subscriber through onError.
     */
    public ShardSubscription subscribeToShard(Caller caller, SubscribeToShardRequest request) {
        return consumers.subscribe(request);
    }

    // ---- tags and policies ----

    public void addTagsToStream(Caller caller, AddTagsToStreamRequest request) {
        Stream stream = stream(caller, request.streamName(), request.streamARN());
        Tagging.add(stream.name(), stream.key.accountId(), stream.tags, request.tags());
    }

    public void removeTagsFromStream(Caller caller, RemoveTagsFromStreamRequest request) {
        Tagging.remove(stream(caller, request.streamName(), request.streamARN()).tags, request.tagKeys());
    }

    public ListTagsForStreamResult listTagsForStream(Caller caller, ListTagsForStreamRequest request) {
        return Tagging.listForStream(stream(caller, request.streamName(), request.streamARN()), request);
    }

    public void tagResource(Caller caller, TagResourceRequest request) {
        Tagging.Resource resource = tagging.resource(request.resourceARN());
        Tagging.add(resource.arn(), caller.accountId(), resource.tags(), request.tags());
    }

    public void untagResource(Caller caller, UntagResourceRequest request) {
        Tagging.remove(tagging.resource(request.resourceARN()).tags(), request.tagKeys());
    }

    public ListTagsForResourceResult listTagsForResource(Caller caller, ResourceArnRequest request) {
        return new ListTagsForResourceResult(Tagging.list(tagging.resource(request.resourceARN()).tags()));
    }

    public void putResourcePolicy(Caller caller, PutResourcePolicyRequest request) {
        tagging.putPolicy(request.resourceARN(), request.policy());
    }

    public GetResourcePolicyResult getResourcePolicy(Caller caller, ResourceArnRequest request) {
        return new GetResourcePolicyResult(tagging.policy(request.resourceARN()));
    }

    public void deleteResourcePolicy(Caller caller, ResourceArnRequest request) {
        tagging.deletePolicy(request.resourceARN());
    }

    private Stream stream(Caller caller, String streamName, String streamArn) {
        return streams.find(caller, streamName, streamArn);
    }
}
