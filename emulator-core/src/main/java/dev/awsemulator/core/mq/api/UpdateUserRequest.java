package dev.awsemulator.core.mq.api;

import java.util.List;

public record UpdateUserRequest(String brokerId, Boolean consoleAccess, List<String> groups, String password, String username, Boolean replicationUser) {
}
