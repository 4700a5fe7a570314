package dev.awsemulator.core.mq.api;

import java.util.List;

public record DescribeUserResult(String brokerId, Boolean consoleAccess, List<String> groups, UserPendingChanges pending, String username, Boolean replicationUser) {
}
