package dev.awsemulator.core.kinesis;

import dev.awsemulator.core.common.Caller;
import dev.awsemulator.core.kinesis.api.ListShardsRequest;
import dev.awsemulator.core.kinesis.api.ListShardsResult;
import dev.awsemulator.core.kinesis.api.Shard;
import dev.awsemulator.core.kinesis.api.ShardFilter;
import dev.awsemulator.core.time.Clock;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;

/**
 * ListShards: the shard filters, pages and NextTokens. A NextToken carries the stream and the filter, so a
 * follow-up call names neither (AWS rejects a StreamName next to a NextToken).
 */
final class ShardListing {

    static final List<String> FILTER_TYPES = List.of("AFTER_SHARD_ID", "AT_TRIM_HORIZON", "FROM_TRIM_HORIZON",
            "AT_LATEST", "AT_TIMESTAMP", "FROM_TIMESTAMP");
    private static final String TOKEN_KIND = "shards";
    private static final int DEFAULT_MAX_RESULTS = 1000;

    private final Clock clock;
    private final StreamRegistry streams;

    ShardListing(Clock clock, StreamRegistry streams) {
        this.clock = clock;
        this.streams = streams;
    }

    ListShardsResult listShards(Caller caller, ListShardsRequest request) {
        int maxResults = request.maxResults() == null ? DEFAULT_MAX_RESULTS
                : ModelConstraints.range(request.maxResults(), "maxResults", 1, 10_000);
        Instant now = clock.now();
        Stream stream;
        String exclusiveStart = request.exclusiveStartShardId();
        ShardFilter filter = request.shardFilter();
        if (request.nextToken() != null) {
            if (request.streamName() != null || request.streamARN() != null) {
                throw ModelConstraints.invalidArgument("NextToken and StreamName cannot be provided together.");
            }
            List<String> fields = PageTokens.decode(TOKEN_KIND, request.nextToken(), 4, now);
            stream = streams.find(StreamRegistry.arnKey(fields.get(0), "nextToken"));
            exclusiveStart = fields.get(1);
            filter = fields.get(2) == null ? null : new ShardFilter(fields.get(2), fields.get(3),
                    fields.get(3) == null || "AFTER_SHARD_ID".equals(fields.get(2)) ? null
                            : Instant.ofEpochMilli(Long.parseLong(fields.get(3))));
        } else {
            stream = streams.find(caller, request.streamName(), request.streamARN());
        }
        Predicate<StreamShard> selected = filter(stream, filter, now);
        String after = exclusiveStart;
        List<StreamShard> matching = stream.shards(now).stream()
                .filter(shard -> after == null || shard.id.compareTo(after) > 0)
                .filter(selected)
                .toList();
        List<Shard> page = matching.stream().limit(maxResults).map(StreamShard::toApi).toList();
        String nextToken = null;
        if (matching.size() > maxResults) {
            nextToken = PageTokens.encode(TOKEN_KIND, now, stream.arn, page.get(page.size() - 1).shardId(),
                    filter == null ? null : filter.type(), filterArgument(filter));
        }
        return new ListShardsResult(page, nextToken);
    }

    private static String filterArgument(ShardFilter filter) {
        if (filter == null) {
            return null;
        }
        return filter.timestamp() != null ? Long.toString(filter.timestamp().toEpochMilli()) : filter.shardId();
    }

    /** Which shards a ShardFilter keeps, as the ListShards documentation defines each type. */
    private static Predicate<StreamShard> filter(Stream stream, ShardFilter filter, Instant now) {
        if (filter == null) {
            return shard -> true;
        }
        String type = ModelConstraints.required(filter.type(), "shardFilter.type");
        ModelConstraints.oneOf(type, "shardFilter.type", FILTER_TYPES);
        Instant horizon = max(now.minus(Duration.ofHours(stream.retentionHours)), stream.createdAt);
        return switch (type) {
            case "AFTER_SHARD_ID" -> {
                String after = requiredArgument(filter.shardId(), "ShardId", type);
                yield shard -> shard.id.compareTo(after) > 0;
            }
            case "AT_TRIM_HORIZON" -> shard -> shard.openAt(horizon);
            case "FROM_TRIM_HORIZON" -> shard -> true;
            case "AT_LATEST" -> StreamShard::isOpen;
            case "AT_TIMESTAMP" -> {
                Instant at = max(requiredArgument(filter.timestamp(), "Timestamp", type), stream.createdAt);
                yield shard -> shard.openAt(at);
            }
            default -> {
                Instant from = max(requiredArgument(filter.timestamp(), "Timestamp", type), stream.createdAt);
                yield shard -> shard.closedAt() == null || shard.closedAt().isAfter(from);
            }
        };
    }

    private static <T> T requiredArgument(T value, String member, String type) {
        if (value == null) {
            throw ModelConstraints.invalidArgument("ShardFilter of type " + type + " requires a " + member + ".");
        }
        return value;
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
