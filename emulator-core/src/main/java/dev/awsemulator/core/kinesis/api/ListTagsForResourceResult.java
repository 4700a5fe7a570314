package dev.awsemulator.core.kinesis.api;

import java.util.List;

public record ListTagsForResourceResult(List<Tag> tags) {
}
