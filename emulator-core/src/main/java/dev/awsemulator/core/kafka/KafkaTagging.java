package dev.awsemulator.core.kafka;

import dev.awsemulator.core.common.Caller;
import dev.awsemulator.core.common.TagMap;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Tags of MSK's taggable resources (clusters, replicators, VPC connections), found by ARN, with AWS's limits:
 * 50 tags a resource, keys of 1 to 128 characters not starting with {@code aws:}, values up to 256.
 */
final class KafkaTagging {

    private static final int MAX_TAGS = 50;

    /** A taggable resource's tags and the action that journals a change to them. */
    record Tagged(TagMap tags, Runnable changed) {
    }

    private final List<Function<String, Tagged>> resolvers;

    KafkaTagging(List<Function<String, Tagged>> resolvers) {
        this.resolvers = List.copyOf(resolvers);
    }

    void tag(Caller caller, String arn, Map<String, String> tags) {
        Tagged resource = find(caller, arn);
        Checks.required(tags, "tags");
        tags.forEach((key, value) -> {
            if (key.isEmpty() || key.length() > 128 || key.startsWith("aws:")) {
                throw KafkaError.BAD_REQUEST.exception("The tag key " + key + " is not valid.", "tags");
            }
            if (value == null || value.length() > 256) {
                throw KafkaError.BAD_REQUEST.exception("The value of tag " + key + " is not valid.", "tags");
            }
        });
        Map<String, String> merged = resource.tags().snapshot();
        merged.putAll(tags);
        if (merged.size() > MAX_TAGS) {
            throw KafkaError.BAD_REQUEST.exception("A resource can have at most " + MAX_TAGS + " tags.", "tags");
        }
        resource.tags().putAll(tags);
        resource.changed().run();
    }

    void untag(Caller caller, String arn, List<String> keys) {
        Tagged resource = find(caller, arn);
        resource.tags().removeAll(Checks.required(keys, "tagKeys"));
        resource.changed().run();
    }

    Map<String, String> list(Caller caller, String arn) {
        return find(caller, arn).tags().snapshot();
    }

    private Tagged find(Caller caller, String arn) {
        Checks.required(arn, "resourceArn");
        if (KafkaArns.owned(caller, arn)) {
            for (Function<String, Tagged> resolver : resolvers) {
                Tagged tagged = resolver.apply(arn);
                if (tagged != null) {
                    return tagged;
                }
            }
        }
        throw KafkaError.NOT_FOUND.exception("The resource " + arn + " does not exist.", "resourceArn");
    }
}
