package dev.awsemulator.core.sns.api;

import java.util.List;

public record ListTagsForResourceResult(List<Tag> tags) {
}
