package dev.awsemulator.core.kinesis;

import dev.awsemulator.core.common.Caller;
import dev.awsemulator.core.common.RetainedMemory;
import dev.awsemulator.core.kinesis.api.*;
import dev.awsemulator.core.persistence.RestoredState;
import dev.awsemulator.core.persistence.StateJournal;
import dev.awsemulator.core.service.EmulatedService;
import dev.awsemulator.core.service.ServiceRegistration;
import dev.awsemulator.core.time.Clock;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Amazon Kinesis Data Streams: every operation of the 2013-12-02 API, named after it. Streams are
 * addressed by StreamName (in the caller's account and region) or StreamARN. Each request is validated
 * before anything changes, so a rejected request leaves every stream as it was. The work itself is done by
 * one collaborator per concern; this class only routes.
 */
public final class KinesisService implements EmulatedService {

    /** How an emulator makes its Kinesis. */
    public static final ServiceRegistration<KinesisService> REGISTRATION = ServiceRegistration.of(KinesisService.class,
            context -> new KinesisService(context.clock(), context.options(KinesisOptions.class, KinesisOptions.DEFAULTS),
                    context.journal(), context.retainedMemory()));

    private final Clock clock;
    private final StreamRegistry streams;
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
    private final StreamJournal journal;

    public KinesisService(Clock clock, KinesisOptions options) {
        this(clock, options, StateJournal.NONE, RetainedMemory.unbounded());
    }

    /**
     * A service that records every stream change and every record in {@code journal} before answering,
     * and refuses new records beyond {@code memory}'s bound.
     */
    public KinesisService(Clock clock, KinesisOptions options, StateJournal journal, RetainedMemory memory) {
        this.clock = clock;
        this.streams = new StreamRegistry(memory);
        this.journal = new StreamJournal(journal, streams);
        this.transitions = new Transitions(clock, options.transitionDelay(), this::journal);
        this.lifecycle = new StreamLifecycle(clock, streams, transitions, options.shardLimit());
        this.configuration = new StreamConfiguration(transitions);
        this.writer = new RecordWriter(clock, options.throughputLimits(), this.journal);
        this.reader = new RecordReader(clock, streams, options.throughputLimits());
        this.resharding = new Resharding(clock, transitions, options.shardLimit());
        this.listing = new ShardListing(clock, streams);
        this.consumers = new Consumers(clock, streams, transitions);
        this.tagging = new Tagging(streams, consumers);
    }

    @Override
    public String name() {
        return StreamKey.SERVICE;
    }

    /** Deletes every stream and account setting, and calls off pending transitions: a fresh service. */
    @Override
    public void reset() {
        transitions.cancelAll();
        streams.clear();
        accountSettings.clear();
    }

    /**
     * Deletes every stream of one account, in every region, with its consumers, and the account's settings.
     * A transition still pending for one of them completes on a stream nobody can reach any more.
     */
    @Override
    public void deleteAccount(String accountId) {
        for (Stream stream : streams.all()) {
            if (stream.key.accountId().equals(accountId)) {
                streams.remove(stream);
                journal(stream);
            }
        }
        accountSettings.forget(accountId);
    }

    /** Drops every record and closed shard whose retention period is over, to give its memory back. */
    @Override
    public void dropExpired() {
        Instant now = clock.now();
        streams.all().forEach(stream -> stream.dropExpired(now));
    }

    /** Every stream of every account and region, by ARN, with each shard's newest {@code recordsPerShard} records. */
    public List<StreamOverview> overview(int recordsPerShard) {
        Instant now = clock.now();
        return streams.all().stream()
                .sorted(Comparator.comparing(stream -> stream.arn))
                .map(stream -> new StreamOverview(stream.arn, stream.status.name(), stream.shards(now).stream()
                        .map(shard -> shard.overview(recordsPerShard, stream.recordEncryption()))
                        .toList()))
                .toList();
    }

    /**
     * Every record the named stream (of the caller's account and region) keeps, by shard id in the order
     * the shards were made, closed shards included, each shard's oldest first. A read model for tools: no
     * iterator is issued and no read counts against a shard's throughput.
     */
    public Map<String, List<DataRecord>> records(Caller caller, String streamName) {
        Stream stream = stream(caller, streamName, null);
        Map<String, List<DataRecord>> records = new LinkedHashMap<>();
        for (StreamShard shard : stream.shards(clock.now())) {
            records.put(shard.id, shard.overview(Integer.MAX_VALUE, stream.recordEncryption()).latestRecords());
        }
        return records;
    }

    /** The ARN of the stream a shard iterator reads; null if it is no iterator this emulator issued. */
    public String streamArnOfIterator(String shardIterator) {
        StreamKey stream = ShardIterators.streamOf(shardIterator);
        return stream == null ? null : stream.arn();
    }

    // ---- streams ----

    public void createStream(Caller caller, CreateStreamRequest request) {
        journal(lifecycle.create(caller, request));
    }

    public void deleteStream(Caller caller, DeleteStreamRequest request) {
        change(stream(caller, request.streamName(), request.streamARN()), () -> lifecycle.delete(caller, request));
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
        Stream stream = stream(caller, request.streamName(), request.streamARN());
        change(stream, () -> configuration.changeRetention(stream, request.retentionPeriodHours(), true));
    }

    public void decreaseStreamRetentionPeriod(Caller caller, RetentionPeriodRequest request) {
        Stream stream = stream(caller, request.streamName(), request.streamARN());
        change(stream, () -> configuration.changeRetention(stream, request.retentionPeriodHours(), false));
    }

    public void startStreamEncryption(Caller caller, StreamEncryptionRequest request) {
        Stream stream = stream(caller, request.streamName(), request.streamARN());
        change(stream, () -> configuration.changeEncryption(stream, request, true));
    }

    public void stopStreamEncryption(Caller caller, StreamEncryptionRequest request) {
        Stream stream = stream(caller, request.streamName(), request.streamARN());
        change(stream, () -> configuration.changeEncryption(stream, request, false));
    }

    public EnhancedMonitoringResult enableEnhancedMonitoring(Caller caller, EnhancedMonitoringRequest request) {
        Stream stream = stream(caller, request.streamName(), request.streamARN());
        return change(stream, () -> configuration.changeMonitoring(stream, request, true));
    }

    public EnhancedMonitoringResult disableEnhancedMonitoring(Caller caller, EnhancedMonitoringRequest request) {
        Stream stream = stream(caller, request.streamName(), request.streamARN());
        return change(stream, () -> configuration.changeMonitoring(stream, request, false));
    }

    public void updateStreamMode(Caller caller, UpdateStreamModeRequest request) {
        ModelConstraints.required(request.streamARN(), "streamARN");
        Stream stream = stream(caller, null, request.streamARN());
        change(stream, () -> configuration.changeMode(stream, request));
    }

    public void updateMaxRecordSize(Caller caller, UpdateMaxRecordSizeRequest request) {
        Stream stream = stream(caller, null, request.streamARN());
        change(stream, () -> configuration.changeMaxRecordSize(stream, request.maxRecordSizeInKiB()));
    }

    public UpdateStreamWarmThroughputResult updateStreamWarmThroughput(Caller caller,
                                                                       UpdateStreamWarmThroughputRequest request) {
        Stream stream = stream(caller, request.streamName(), request.streamARN());
        return change(stream, () -> configuration.changeWarmThroughput(stream, request.warmThroughputMiBps()));
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
        if (stream.status == StreamStatus.CREATING) {
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
        Stream stream = stream(caller, request.streamName(), request.streamARN());
        change(stream, () -> resharding.split(stream, request));
    }

    public void mergeShards(Caller caller, MergeShardsRequest request) {
        Stream stream = stream(caller, request.streamName(), request.streamARN());
        change(stream, () -> resharding.merge(stream, request));
    }

    public UpdateShardCountResult updateShardCount(Caller caller, UpdateShardCountRequest request) {
        Stream stream = stream(caller, request.streamName(), request.streamARN());
        return change(stream, () -> resharding.updateShardCount(stream, request));
    }

    // ---- consumers ----

    public RegisterStreamConsumerResult registerStreamConsumer(Caller caller, RegisterStreamConsumerRequest request) {
        return change(streamOf(request.streamARN()),
                () -> new RegisterStreamConsumerResult(consumers.register(request)));
    }

    public DescribeStreamConsumerResult describeStreamConsumer(Caller caller, StreamConsumerRequest request) {
        return new DescribeStreamConsumerResult(consumers.describe(request).describe());
    }

    public void deregisterStreamConsumer(Caller caller, StreamConsumerRequest request) {
        change(streamOf(request.consumerARN() != null ? request.consumerARN() : request.streamARN()),
                () -> consumers.deregister(request));
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
        change(stream, () -> Tagging.add(stream.name(), stream.key.accountId(), stream.tags, request.tags()));
    }

    public void removeTagsFromStream(Caller caller, RemoveTagsFromStreamRequest request) {
        Stream stream = stream(caller, request.streamName(), request.streamARN());
        change(stream, () -> Tagging.remove(stream.tags, request.tagKeys()));
    }

    public ListTagsForStreamResult listTagsForStream(Caller caller, ListTagsForStreamRequest request) {
        return Tagging.listForStream(stream(caller, request.streamName(), request.streamARN()), request);
    }

    public void tagResource(Caller caller, TagResourceRequest request) {
        change(streamOf(request.resourceARN()), () -> {
            Tagging.Resource resource = tagging.resource(request.resourceARN());
            Tagging.add(resource.arn(), caller.accountId(), resource.tags(), request.tags());
        });
    }

    public void untagResource(Caller caller, UntagResourceRequest request) {
        change(streamOf(request.resourceARN()),
                () -> Tagging.remove(tagging.resource(request.resourceARN()).tags(), request.tagKeys()));
    }

    public ListTagsForResourceResult listTagsForResource(Caller caller, ResourceArnRequest request) {
        return new ListTagsForResourceResult(Tagging.list(tagging.resource(request.resourceARN()).tags()));
    }

    public void putResourcePolicy(Caller caller, PutResourcePolicyRequest request) {
        change(streamOf(request.resourceARN()), () -> tagging.putPolicy(request.resourceARN(), request.policy()));
    }

    public GetResourcePolicyResult getResourcePolicy(Caller caller, ResourceArnRequest request) {
        return new GetResourcePolicyResult(tagging.policy(request.resourceARN()));
    }

    public void deleteResourcePolicy(Caller caller, ResourceArnRequest request) {
        change(streamOf(request.resourceARN()), () -> tagging.deletePolicy(request.resourceARN()));
    }

    // ---- persistence ----

    @Override
    public void exportState(StateJournal out) {
        StreamJournal.export(streams.all(), out);
    }

    @Override
    public void restoreState(RestoredState state) {
        StreamJournal.restore(state).forEach(streams::add);
    }

    private Stream stream(Caller caller, String streamName, String streamArn) {
        return streams.find(caller, streamName, streamArn);
    }

    /**
     * The stream a stream or consumer ARN names, or null when it names none: then the operation addressed by
     * it fails its own checks, with the error AWS gives for that operation.
     */
    private Stream streamOf(String arn) {
        StreamKey.Named named = StreamKey.parseArn(arn);
        return named == null ? null : streams.get(named.stream());
    }

    // ---- journaling: the one place that writes a stream's image ----

    /**
     * Runs an operation that changes a stream (settings, shards, consumers, tags or policies) and journals
     * the stream after it: every such operation goes through here, so none can leave its change unjournaled.
     */
    private <T> T change(Stream stream, Supplier<T> operation) {
        T result = operation.get();
        journal(stream);
        return result;
    }

    private void change(Stream stream, Runnable operation) {
        operation.run();
        journal(stream);
    }

    /**
     * Writes the stream's image as it is now, or its end once it left the registry; also after a
     * transition completes. A null stream is one the operation found none of, and failed on before this.
     */
    private void journal(Stream stream) {
        if (stream != null) {
            journal.changed(stream);
        }
    }
}
