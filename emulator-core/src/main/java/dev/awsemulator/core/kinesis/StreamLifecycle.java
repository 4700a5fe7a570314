package dev.awsemulator.core.kinesis;

import dev.awsemulator.core.common.Caller;
import dev.awsemulator.core.kinesis.api.CreateStreamRequest;
import dev.awsemulator.core.kinesis.api.DeleteStreamRequest;
import dev.awsemulator.core.kinesis.api.DescribeLimitsResult;
import dev.awsemulator.core.kinesis.api.DescribeStreamRequest;
import dev.awsemulator.core.kinesis.api.EnhancedMetrics;
import dev.awsemulator.core.kinesis.api.ListStreamsRequest;
import dev.awsemulator.core.kinesis.api.ListStreamsResult;
import dev.awsemulator.core.kinesis.api.Shard;
import dev.awsemulator.core.kinesis.api.StreamDescription;
import dev.awsemulator.core.kinesis.api.StreamDescriptionSummary;
import dev.awsemulator.core.kinesis.api.StreamModeDetails;
import dev.awsemulator.core.kinesis.api.StreamSummary;
import dev.awsemulator.core.kinesis.api.WarmThroughputObject;
import dev.awsemulator.core.time.Clock;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Creating, deleting, describing and listing streams, and the account's shard limits. */
final class StreamLifecycle {

    static final int ON_DEMAND_STREAM_LIMIT = 50;
    static final int ON_DEMAND_SHARDS = 4;
    private static final String TOKEN_KIND = "streams";

    private final Clock clock;
    private final StreamRegistry streams;
    private final Transitions transitions;
    private final int shardLimit;

    StreamLifecycle(Clock clock, StreamRegistry streams, Transitions transitions, int shardLimit) {
        this.clock = clock;
        this.shardLimit = shardLimit;
        this.streams = streams;
        this.transitions = transitions;
    }

    /** Creates the stream a request describes, and answers it. */
    Stream create(Caller caller, CreateStreamRequest request) {
        String name = ModelConstraints.name(request.streamName(), "streamName");
        ModelConstraints.range(request.shardCount(), "shardCount", 1, Integer.MAX_VALUE);
        StreamMode mode = request.streamModeDetails() == null ? StreamMode.PROVISIONED
                : StreamMode.valueOf(ModelConstraints.oneOf(ModelConstraints.required(
                        request.streamModeDetails().streamMode(), "streamModeDetails.streamMode"),
                        "streamModeDetails.streamMode", StreamMode.NAMES));
        ModelConstraints.range(request.maxRecordSizeInKiB(), "maxRecordSizeInKiB", 1024, 10240);
        StreamConfiguration.checkWarmThroughput(mode, request.warmThroughputMiBps());
        Map<String, String> tags = request.tags() == null ? Map.of() : request.tags();
        Tagging.validate(tags);
        if (tags.size() > Tagging.MAX_TAGS) {
            throw ModelConstraints.invalidArgument("Failed to create stream " + name + " under account "
                    + caller.accountId() + " because a given stream cannot have more than " + Tagging.MAX_TAGS
                    + " tags.");
        }
        int shardCount;
        if (mode == StreamMode.ON_DEMAND) {
            shardCount = ON_DEMAND_SHARDS;
        } else if (request.shardCount() == null) {
            throw ModelConstraints.invalidArgument("ShardCount is required for streams in PROVISIONED mode.");
        } else {
            shardCount = request.shardCount();
        }
        int open = openShards(caller);
        if (open + shardCount > shardLimit) {
            throw KinesisError.LIMIT_EXCEEDED.exception("This request would exceed the shard limit for the account "
                    + caller.accountId() + " in " + caller.region() + ". Current limit of shards is " + shardLimit
                    + " (" + open + " in use). Request would add " + shardCount + " shards.");
        }
        Instant now = clock.now();
        Stream stream = new Stream(StreamRegistry.key(caller, name), mode, now, streamId());
        if (request.maxRecordSizeInKiB() != null) {
            stream.maxRecordSizeKiB = request.maxRecordSizeInKiB();
        }
        stream.warmThroughputMiBps = request.warmThroughputMiBps();
        stream.tags.putAll(tags);
        stream.addInitialShards(shardCount, now);
        streams.add(stream);
        transitions.complete(stream, () -> stream.status = StreamStatus.ACTIVE);
        return stream;
    }

    void delete(Caller caller, DeleteStreamRequest request) {
        Stream stream = streams.find(caller, request.streamName(), request.streamARN());
        if (!stream.consumers.isEmpty() && !Boolean.TRUE.equals(request.enforceConsumerDeletion())) {
            throw KinesisError.RESOURCE_IN_USE.exception("Stream " + stream.name() + " under account "
                    + stream.key.accountId() + " has registered consumers. Deregister them or set "
                    + "EnforceConsumerDeletion to delete the stream.");
        }
        stream.status = StreamStatus.DELETING;
        transitions.complete(stream, () -> streams.remove(stream));
    }

    StreamDescription describe(Caller caller, DescribeStreamRequest request) {
        int limit = request.limit() == null ? 100 : ModelConstraints.range(request.limit(), "limit", 1, 10_000);
        Stream stream = streams.find(caller, request.streamName(), request.streamARN());
        String after = request.exclusiveStartShardId();
        List<Shard> shards = stream.shards(clock.now()).stream()
                .filter(shard -> after == null || shard.id.compareTo(after) > 0)
                .map(StreamShard::toApi).toList();
        return new StreamDescription(stream.name(), stream.arn, stream.status.name(), modeOf(stream),
                shards.stream().limit(limit).toList(), shards.size() > limit, stream.retentionHours,
                stream.createdAt, monitoringOf(stream), stream.encryptionType.name(), stream.keyId);
    }

    StreamDescriptionSummary summarize(Stream stream) {
        Integer warm = stream.warmThroughputMiBps;
        return new StreamDescriptionSummary(stream.name(), stream.arn, stream.streamId, stream.status.name(),
                modeOf(stream), stream.retentionHours, stream.createdAt, monitoringOf(stream),
                stream.encryptionType.name(),
                stream.keyId, stream.openShards(clock.now()).size(), stream.consumers.size(),
                warm == null ? null : new WarmThroughputObject(warm, warm), stream.maxRecordSizeKiB);
    }

    ListStreamsResult list(Caller caller, ListStreamsRequest request) {
        int limit = request.limit() == null ? 100 : ModelConstraints.range(request.limit(), "limit", 1, 10_000);
        Instant now = clock.now();
        String after = request.exclusiveStartStreamName();
        if (request.nextToken() != null) {
            List<String> fields = PageTokens.decode(TOKEN_KIND, request.nextToken(), 1, now);
            after = fields.get(0);
        }
        String start = after;
        List<Stream> matching = streams.list(caller).stream()
                .filter(stream -> start == null || stream.name().compareTo(start) > 0).toList();
        List<Stream> page = matching.stream().limit(limit).toList();
        boolean more = matching.size() > limit;
        return new ListStreamsResult(page.stream().map(Stream::name).toList(), more,
                more ? PageTokens.encode(TOKEN_KIND, now, page.get(page.size() - 1).name()) : null,
                page.stream().map(stream -> new StreamSummary(stream.name(), stream.arn, stream.status.name(),
                        modeOf(stream), stream.createdAt)).toList());
    }

    DescribeLimitsResult limits(Caller caller) {
        int onDemand = (int) streams.list(caller).stream().filter(s -> s.streamMode == StreamMode.ON_DEMAND).count();
        return new DescribeLimitsResult(shardLimit, openShards(caller), onDemand, ON_DEMAND_STREAM_LIMIT);
    }

    private int openShards(Caller caller) {
        Instant now = clock.now();
        return streams.list(caller).stream().mapToInt(stream -> stream.openShards(now).size()).sum();
    }

    private static StreamModeDetails modeOf(Stream stream) {
        return new StreamModeDetails(stream.streamMode.name());
    }

    private static List<EnhancedMetrics> monitoringOf(Stream stream) {
        return List.of(new EnhancedMetrics(stream.metrics()));
    }

    /**
     * 24 lowercase hex digits. AWS's stream ids are {@code [a-z0-9]{20}-[a-z0-9]{3}}, the suffix naming the
     * cell that serves the stream, and the SDK (2.59) sends a request that carries an id of that shape to
     * {@code <id>.<suffix>.(control|data)-kinesis.<region>.amazonaws.com} whatever the endpoint override:
     * the KCL (3.4 and later) names the stream's id in its requests, and would leave the emulator for AWS.
     */
    private static String streamId() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 24);
    }
}
