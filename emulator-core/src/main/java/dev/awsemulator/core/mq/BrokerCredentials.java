package dev.awsemulator.core.mq;

import java.util.List;

/** A user a broker lets in, as its runtime applies it: the groups say what it may do where the engine can express it. */
public record BrokerCredentials(String username, String password, List<String> groups, boolean consoleAccess) {

    public BrokerCredentials {
        groups = List.copyOf(groups);
    }
}
