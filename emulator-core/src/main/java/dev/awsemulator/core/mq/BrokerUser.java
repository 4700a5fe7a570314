package dev.awsemulator.core.mq;

import java.util.List;

/**
 * A user of an ActiveMQ broker. Amazon MQ applies user changes only when the broker (re)starts: until
 * then the change is pending and the broker still lets in the user as it was. A user created with the
 * broker is applied at its first start.
 */
final class BrokerUser {

    enum Change { CREATE, UPDATE, DELETE }

    /** What a user is, applied or pending. */
    record Settings(String password, boolean consoleAccess, List<String> groups, boolean replicationUser) {
        Settings {
            groups = List.copyOf(groups);
        }
    }

    final String username;
    /** Null while its creation is pending. */
    Settings applied;
    /** Null when nothing is pending; for a pending DELETE, {@code pendingSettings} is null. */
    Change pendingChange;
    Settings pendingSettings;

    BrokerUser(String username, Settings applied, Change pendingChange, Settings pendingSettings) {
        this.username = username;
        this.applied = applied;
        this.pendingChange = pendingChange;
        this.pendingSettings = pendingSettings;
    }

    /** The settings a change starts from: the pending ones if any, else the applied ones. */
    Settings latest() {
        return pendingSettings != null ? pendingSettings : applied;
    }

    /** Applies the pending change; false when the user is gone with it. */
    boolean applyPending() {
        if (pendingChange == Change.DELETE) {
            return false;
        }
        if (pendingChange != null) {
            applied = pendingSettings;
        }
        pendingChange = null;
        pendingSettings = null;
        return true;
    }

    /** The user as the broker lets it in now, or null while its creation is pending. */
    BrokerCredentials credentials() {
        return applied == null ? null
                : new BrokerCredentials(username, applied.password(), applied.groups(), applied.consoleAccess());
    }
}
