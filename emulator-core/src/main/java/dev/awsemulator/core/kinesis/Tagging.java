package dev.awsemulator.core.kinesis;

import dev.awsemulator.core.common.JsonDocuments;
import dev.awsemulator.core.common.TagMap;
import dev.awsemulator.core.kinesis.api.ListTagsForStreamRequest;
import dev.awsemulator.core.kinesis.api.ListTagsForStreamResult;
import dev.awsemulator.core.kinesis.api.Tag;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Tags and resource policies of streams and consumers, through the old stream operations and the newer
 * ARN-based ones alike.
 */
final class Tagging {

    static final int MAX_TAGS = 50;

    private final StreamRegistry streams;
    private final Consumers consumers;

    Tagging(StreamRegistry streams, Consumers consumers) {
        this.streams = streams;
        this.consumers = consumers;
    }

    /** What an ARN-based operation acts on: a stream's or a consumer's tags and policy. */
    record Resource(String arn, TagMap tags, AtomicReference<String> policy) {
    }

    Resource resource(String arn) {
        ModelConstraints.required(arn, "resourceARN");
        ModelConstraints.length(arn, "resourceARN", 1, 2048);
        StreamKey.Named parsed = StreamKey.parseArn(arn);
        if (parsed == null) {
            throw ModelConstraints.failed("'" + arn + "'", "resourceARN",
                    "Member must satisfy regular expression pattern: arn:aws.*:kinesis:.*:\\d{12}:.*stream/\\S+");
        }
        if (parsed.consumerName() != null) {
            StreamConsumer consumer = consumers.find(arn, null, null);
            return new Resource(consumer.arn, consumer.tags, consumer.policy);
        }
        Stream stream = streams.find(parsed.stream());
        return new Resource(stream.arn, stream.tags, stream.policy);
    }

    static void validate(Map<String, String> tags) {
        ModelConstraints.size(tags.keySet(), "tags", 0, 200);
        tags.forEach((key, value) -> {
            ModelConstraints.length(key, "tags.key", 1, 128);
            ModelConstraints.length(ModelConstraints.required(value, "tags.value"), "tags.value", 0, 256);
        });
    }

    static void add(String resourceName, String accountId, TagMap tags, Map<String, String> added) {
        ModelConstraints.required(added, "tags");
        ModelConstraints.size(added.keySet(), "tags", 1, 200);
        validate(added);
        Map<String, String> merged = tags.snapshot();
        merged.putAll(added);
        if (merged.size() > MAX_TAGS) {
            throw ModelConstraints.invalidArgument("Failed to add tags to stream " + resourceName + " under account "
                    + accountId + " because a given stream cannot have more than " + MAX_TAGS + " tags.");
        }
        tags.putAll(added);
    }

    static void remove(TagMap tags, Collection<String> keys) {
        ModelConstraints.required(keys, "tagKeys");
        ModelConstraints.size(keys, "tagKeys", 1, 50);
        keys.forEach(key -> ModelConstraints.length(key, "tagKeys.member", 1, 128));
        tags.removeAll(keys);
    }

    static List<Tag> list(TagMap tags) {
        return new TreeMap<>(tags.snapshot()).entrySet().stream()
                .map(entry -> new Tag(entry.getKey(), entry.getValue())).toList();
    }

    static ListTagsForStreamResult listForStream(Stream stream, ListTagsForStreamRequest request) {
        int limit = request.limit() == null ? 10 : ModelConstraints.range(request.limit(), "limit", 1, 50);
        String start = request.exclusiveStartTagKey();
        List<Tag> after = list(stream.tags).stream()
                .filter(tag -> start == null || tag.key().compareTo(start) > 0).toList();
        return new ListTagsForStreamResult(after.stream().limit(limit).toList(), after.size() > limit);
    }

    void putPolicy(String arn, String policy) {
        ModelConstraints.required(policy, "policy");
        if (JsonDocuments.parseObject(policy) == null) {
            throw ModelConstraints.invalidArgument("Policy is not a valid JSON document.");
        }
        resource(arn).policy().set(policy);
    }

    String policy(String arn) {
        String policy = resource(arn).policy().get();
        return policy == null ? "{}" : policy;
    }

    void deletePolicy(String arn) {
        resource(arn).policy().set(null);
    }
}
