package dev.awsemulator.core.kinesis.api;

import java.util.List;

public record ListStreamsResult(List<String> streamNames, Boolean hasMoreStreams, String nextToken, List<StreamSummary> streamSummaries) {
}
