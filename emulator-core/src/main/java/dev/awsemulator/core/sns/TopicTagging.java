package dev.awsemulator.core.sns;

import dev.awsemulator.core.common.AwsException;
import dev.awsemulator.core.sns.api.ListTagsForResourceResult;
import dev.awsemulator.core.sns.api.Tag;
import dev.awsemulator.core.sns.api.TagResourceRequest;
import dev.awsemulator.core.sns.api.UntagResourceRequest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A topic's tags: at most 50, keys of 1 to 128 characters, values of at most 256. */
final class TopicTagging {

    private static final int MAX_TAGS = 50;

    private TopicTagging() {
    }

    /** Adds or replaces tags; the caller holds the topic's lock. */
    static void tag(TopicState topic, TagResourceRequest request) {
        Map<String, String> tags = tagMap(request.tags());
        Map<String, String> merged = topic.tags().snapshot();
        merged.putAll(tags);
        if (merged.size() > MAX_TAGS) {
            throw tagLimitExceeded();
        }
        validate(tags);
        topic.tags().putAll(tags);
    }

    static void untag(TopicState topic, UntagResourceRequest request) {
        topic.tags().removeAll(request.tagKeys() == null ? List.of() : request.tagKeys());
    }

    static ListTagsForResourceResult list(TopicState topic) {
        return new ListTagsForResourceResult(topic.tags().snapshot().entrySet().stream()
                .map(tag -> new Tag(tag.getKey(), tag.getValue())).toList());
    }

    /** The tags of a request as a map; an absent value is an empty one, a key given twice is refused. */
    static Map<String, String> tagMap(List<Tag> tags) {
        Map<String, String> map = new LinkedHashMap<>();
        if (tags != null) {
            tags.forEach(tag -> {
                if (map.put(tag.key(), tag.value() == null ? "" : tag.value()) != null) {
                    throw SnsError.invalidParameter("Duplicated keys are not allowed.");
                }
            });
        }
        return map;
    }

    static void validate(Map<String, String> tags) {
        if (tags.size() > MAX_TAGS) {
            throw tagLimitExceeded();
        }
        tags.forEach((key, value) -> {
            if (key == null || key.isEmpty() || key.length() > 128 || value.length() > 256) {
                throw SnsError.TAG_POLICY.exception("Tag keys must be 1 to 128 and values at most 256 characters.");
            }
        });
    }

    private static AwsException tagLimitExceeded() {
        return SnsError.TAG_LIMIT_EXCEEDED.exception("Could not complete request: tag quota of per resource exceeded");
    }
}
