package dev.awsemulator.core.sns.api;

import java.util.List;

public record ListTopicsResult(List<Topic> topics, String nextToken) {
}
