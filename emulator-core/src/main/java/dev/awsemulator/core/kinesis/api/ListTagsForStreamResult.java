package dev.awsemulator.core.kinesis.api;

import java.util.List;

public record ListTagsForStreamResult(List<Tag> tags, Boolean hasMoreTags) {
}
