package dev.awsemulator.core.sqs;

import dev.awsemulator.core.sqs.api.ListQueueTagsResult;
import dev.awsemulator.core.sqs.api.TagQueueRequest;
import dev.awsemulator.core.sqs.api.UntagQueueRequest;

import java.util.Map;

/** A queue's tags: at most 50, keys of 1 to 128 characters, values of at most 256. */
final class QueueTagging {

    private static final int MAX_TAGS = 50;

    private QueueTagging() {
    }

    /** Adds or replaces tags; the caller holds the queue's lock. */
    static void tag(Queue queue, TagQueueRequest request) {
        Map<String, String> tags = request.tags() == null ? Map.of() : request.tags();
        if (tags.isEmpty()) {
            throw SqsError.missingParameter("Tags");
        }
        Map<String, String> merged = queue.tags().snapshot();
        merged.putAll(tags);
        validate(merged);
        queue.tags().putAll(tags);
    }

    /** Removes tags; the caller holds the queue's lock. */
    static void untag(Queue queue, UntagQueueRequest request) {
        if (request.tagKeys() == null || request.tagKeys().isEmpty()) {
            throw SqsError.missingParameter("TagKeys");
        }
        queue.tags().removeAll(request.tagKeys());
    }

    static ListQueueTagsResult list(Queue queue) {
        return new ListQueueTagsResult(queue.tags().snapshot());
    }

    static void validate(Map<String, String> tags) {
        if (tags.size() > MAX_TAGS) {
            throw SqsError.invalidParameter("Too many tags added for queue. A queue can have up to " + MAX_TAGS
                    + " tags.");
        }
        tags.forEach((key, value) -> {
            if (key == null || key.isEmpty() || key.length() > 128 || (value != null && value.length() > 256)) {
                throw SqsError.invalidParameter("Tag keys must be 1 to 128 characters and values at most 256 "
                        + "characters.");
            }
        });
    }
}
