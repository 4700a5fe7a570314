package dev.awsemulator.core.mq;

import dev.awsemulator.core.common.TagMap;
import dev.awsemulator.core.mq.api.ConfigurationId;
import dev.awsemulator.core.mq.api.DataReplicationMetadataOutput;
import dev.awsemulator.core.mq.api.EncryptionOptions;
import dev.awsemulator.core.mq.api.LdapServerMetadataOutput;
import dev.awsemulator.core.mq.api.Logs;
import dev.awsemulator.core.mq.api.WeeklyStartTime;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;

/**
 * One Amazon MQ broker: its settings, the changes pending until its next reboot, its users and the
 * runtime that serves it. Every field is guarded by the broker's monitor.
 */
final class Broker {

    static final String CREATION_IN_PROGRESS = "CREATION_IN_PROGRESS";
    static final String CREATION_FAILED = "CREATION_FAILED";
    static final String DELETION_IN_PROGRESS = "DELETION_IN_PROGRESS";
    static final String RUNNING = "RUNNING";
    static final String REBOOT_IN_PROGRESS = "REBOOT_IN_PROGRESS";
    static final String CRITICAL_ACTION_REQUIRED = "CRITICAL_ACTION_REQUIRED";

    final String accountId;
    final String region;
    final String id;
    final String arn;
    final String name;
    final EngineType engine;
    final Instant created;
    final String creatorRequestId;
    final String deploymentMode;
    final String storageType;
    final boolean publiclyAccessible;
    final List<String> subnetIds;
    final EncryptionOptions encryptionOptions;
    final TagMap tags = new TagMap();
    /** By name, sorted as ListUsers lists them. */
    final Map<String, BrokerUser> users = new TreeMap<>();

    String state = CREATION_IN_PROGRESS;
    /** Why the broker could not start, for the dashboard and the log; null while it could. */
    String failure;
    String engineVersion;
    String pendingEngineVersion;
    String hostInstanceType;
    String pendingHostInstanceType;
    String authenticationStrategy;
    String pendingAuthenticationStrategy;
    boolean autoMinorVersionUpgrade;
    List<String> securityGroups;
    List<String> pendingSecurityGroups;
    LdapServerMetadataOutput ldapServerMetadata;
    LdapServerMetadataOutput pendingLdapServerMetadata;
    Logs logs;
    Logs pendingLogs;
    WeeklyStartTime maintenanceWindowStartTime;
    ConfigurationId currentConfiguration;
    ConfigurationId pendingConfiguration;
    final List<ConfigurationId> configurationHistory = new ArrayList<>();
    String dataReplicationMode;
    String pendingDataReplicationMode;
    DataReplicationMetadataOutput dataReplicationMetadata;
    /** The listeners of the broker's last run, taken again at the next one. */
    List<BrokerListener> listeners = List.of();
    /** Null while stopped, and for an engine with no runtime installed. */
    RunningBroker runtime;
    /** True once the broker left the registry: a runtime that starts after that is stopped at once. */
    boolean removed;
    /** Completed when the broker leaves an {@code *_IN_PROGRESS} state. */
    private CompletableFuture<Void> settled = new CompletableFuture<>();

    Broker(String accountId, String region, String id, String arn, String name, EngineType engine, Instant created,
           String creatorRequestId, String deploymentMode, String storageType, boolean publiclyAccessible,
           List<String> subnetIds, EncryptionOptions encryptionOptions) {
        this.accountId = accountId;
        this.region = region;
        this.id = id;
        this.arn = arn;
        this.name = name;
        this.engine = engine;
        this.created = created;
        this.creatorRequestId = creatorRequestId;
        this.deploymentMode = deploymentMode;
        this.storageType = storageType;
        this.publiclyAccessible = publiclyAccessible;
        this.subnetIds = List.copyOf(subnetIds);
        this.encryptionOptions = encryptionOptions;
    }

    synchronized void state(String next) {
        state = next;
        if (!next.endsWith("_IN_PROGRESS")) {
            settled.complete(null);
        } else if (settled.isDone()) {
            settled = new CompletableFuture<>();
        }
    }

    /** The broker left the registry: deleted, or discarded by a reset. */
    synchronized void gone() {
        removed = true;
        settled.complete(null);
    }

    synchronized CompletableFuture<Void> settled() {
        return settled;
    }

    synchronized boolean inProgress() {
        return state.endsWith("_IN_PROGRESS");
    }

    /** The users the broker lets in now. */
    synchronized List<BrokerCredentials> credentials() {
        return users.values().stream().map(BrokerUser::credentials).filter(c -> c != null).toList();
    }

    /**
     * Applies what waited for a (re)start: users, configuration, engine version, instance type,
     * authentication, LDAP, logs and data replication, as Amazon MQ does at a reboot.
     */
    synchronized void applyPending() {
        users.values().removeIf(user -> !user.applyPending());
        if (pendingConfiguration != null) {
            if (currentConfiguration != null) {
                configurationHistory.add(currentConfiguration);
            }
            currentConfiguration = pendingConfiguration;
            pendingConfiguration = null;
        }
        engineVersion = pending(pendingEngineVersion, engineVersion);
        pendingEngineVersion = null;
        hostInstanceType = pending(pendingHostInstanceType, hostInstanceType);
        pendingHostInstanceType = null;
        authenticationStrategy = pending(pendingAuthenticationStrategy, authenticationStrategy);
        pendingAuthenticationStrategy = null;
        securityGroups = pending(pendingSecurityGroups, securityGroups);
        pendingSecurityGroups = null;
        ldapServerMetadata = pending(pendingLdapServerMetadata, ldapServerMetadata);
        pendingLdapServerMetadata = null;
        logs = pending(pendingLogs, logs);
        pendingLogs = null;
        dataReplicationMode = pending(pendingDataReplicationMode, dataReplicationMode);
        pendingDataReplicationMode = null;
    }

    private static <T> T pending(T pending, T current) {
        return pending != null ? pending : current;
    }
}
