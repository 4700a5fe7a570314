package dev.awsemulator.core.mq.api;

import java.util.List;

public record UserPendingChanges(Boolean consoleAccess, List<String> groups, String pendingChange) {
}
