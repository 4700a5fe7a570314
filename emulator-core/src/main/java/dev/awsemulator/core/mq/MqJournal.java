package dev.awsemulator.core.mq;

import dev.awsemulator.core.mq.api.ConfigurationId;
import dev.awsemulator.core.mq.api.DataReplicationMetadataOutput;
import dev.awsemulator.core.mq.api.EncryptionOptions;
import dev.awsemulator.core.mq.api.LdapServerMetadataOutput;
import dev.awsemulator.core.mq.api.Logs;
import dev.awsemulator.core.mq.api.WeeklyStartTime;
import dev.awsemulator.core.persistence.RestoredState;
import dev.awsemulator.core.persistence.StateJournal;
import dev.awsemulator.core.persistence.StateKind;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What Amazon MQ records in the state journal: one image per broker (settings, pending changes, users
 * with their passwords, ports), one per configuration with every revision, and the TLS key and
 * certificate, so clients that trust it keep trusting it after a restart. Messages are the brokers' own
 * business: they keep them in their stores under the data directory.
 */
final class MqJournal {

    static final StateKind<BrokerImage> BROKER = new StateKind<>("mq.broker", BrokerImage.class);
    static final StateKind<ConfigurationImage> CONFIGURATION = new StateKind<>("mq.configuration",
            ConfigurationImage.class);
    static final StateKind<CertificateImage> CERTIFICATE = new StateKind<>("mq.certificate", CertificateImage.class);
    private static final String ONE = "";
    private static final String CERTIFICATE_SCOPE = "mq:certificate";

    record UserImage(String username, BrokerUser.Settings applied, String pendingChange,
                     BrokerUser.Settings pendingSettings) {
    }

    record BrokerImage(String accountId, String region, String id, String arn, String name, EngineType engine,
                       long createdMillis, String creatorRequestId, String deploymentMode, String storageType,
                       boolean publiclyAccessible, List<String> subnetIds, EncryptionOptions encryptionOptions,
                       String state, String failure, String engineVersion, String pendingEngineVersion,
                       String hostInstanceType, String pendingHostInstanceType, String authenticationStrategy,
                       String pendingAuthenticationStrategy, boolean autoMinorVersionUpgrade,
                       List<String> securityGroups, List<String> pendingSecurityGroups,
                       LdapServerMetadataOutput ldapServerMetadata, LdapServerMetadataOutput pendingLdapServerMetadata,
                       Logs logs, Logs pendingLogs, WeeklyStartTime maintenanceWindowStartTime,
                       ConfigurationId currentConfiguration, ConfigurationId pendingConfiguration,
                       List<ConfigurationId> configurationHistory, String dataReplicationMode,
                       String pendingDataReplicationMode, DataReplicationMetadataOutput dataReplicationMetadata,
                       List<BrokerListener> listeners, List<UserImage> users, Map<String, String> tags) {
    }

    record RevisionImage(int number, long createdMillis, String description, String data) {
    }

    record ConfigurationImage(String accountId, String region, String id, String arn, String name, EngineType engine,
                              String engineVersion, String authenticationStrategy, long createdMillis,
                              List<RevisionImage> revisions, Map<String, String> tags) {
    }

    record CertificateImage(byte[] privateKeyPkcs8, byte[] certificateDer) {
    }

    private final StateJournal journal;
    private final BrokerRegistry brokers;
    private final Configurations configurations;

    MqJournal(StateJournal journal, BrokerRegistry brokers, Configurations configurations) {
        this.journal = journal;
        this.brokers = brokers;
        this.configurations = configurations;
    }

    /** Journals the broker as it is now, or its end once it left the registry. */
    void changed(Broker broker) {
        if (!journal.enabled()) {
            return;
        }
        synchronized (broker) {
            if (brokers.get(broker.id) == broker && !broker.removed) {
                journal.put(BROKER, scope(broker), ONE, image(broker));
            } else {
                journal.drop(scope(broker));
            }
        }
    }

    void changed(MqConfiguration configuration) {
        if (!journal.enabled()) {
            return;
        }
        if (configurations.get(configuration.id) == configuration) {
            journal.put(CONFIGURATION, scope(configuration), ONE, image(configuration));
        } else {
            journal.drop(scope(configuration));
        }
    }

    void certificate(BrokerTls tls) {
        if (journal.enabled()) {
            journal.put(CERTIFICATE, CERTIFICATE_SCOPE, ONE, new CertificateImage(tls.privateKeyPkcs8(),
                    tls.certificateDer()));
        }
    }

    /** Writes everything, for a snapshot. */
    static void export(StateJournal out, BrokerRegistry brokers, Configurations configurations, BrokerTls tls) {
        for (MqConfiguration configuration : configurations.all()) {
            out.put(CONFIGURATION, scope(configuration), ONE, image(configuration));
        }
        for (Broker broker : brokers.all()) {
            synchronized (broker) {
                out.put(BROKER, scope(broker), ONE, image(broker));
            }
        }
        if (tls != null) {
            out.put(CERTIFICATE, CERTIFICATE_SCOPE, ONE, new CertificateImage(tls.privateKeyPkcs8(),
                    tls.certificateDer()));
        }
    }

    static BrokerTls restoreCertificate(RestoredState state) {
        CertificateImage image = state.image(CERTIFICATE_SCOPE, CERTIFICATE, ONE);
        return image == null ? null : BrokerTls.restored(image.privateKeyPkcs8(), image.certificateDer());
    }

    static List<MqConfiguration> restoreConfigurations(RestoredState state) {
        List<MqConfiguration> restored = new ArrayList<>();
        for (String scope : state.scopes(CONFIGURATION)) {
            ConfigurationImage image = state.image(scope, CONFIGURATION, ONE);
            MqConfiguration configuration = new MqConfiguration(image.accountId(), image.region(), image.id(),
                    image.arn(), image.name(), image.engine(), image.engineVersion(), image.authenticationStrategy(),
                    Instant.ofEpochMilli(image.createdMillis()));
            image.revisions().forEach(revision -> configuration.revisions.add(new MqConfiguration.Revision(
                    revision.number(), Instant.ofEpochMilli(revision.createdMillis()), revision.description(),
                    revision.data())));
            configuration.tags.putAll(image.tags());
            restored.add(configuration);
        }
        return restored;
    }

    /** The brokers a data directory kept; a broker being deleted at the kill does not come back. */
    static List<Broker> restoreBrokers(RestoredState state) {
        List<Broker> restored = new ArrayList<>();
        for (String scope : state.scopes(BROKER)) {
            BrokerImage image = state.image(scope, BROKER, ONE);
            if (image.state().equals(Broker.DELETION_IN_PROGRESS)) {
                continue;
            }
            restored.add(broker(image));
        }
        return restored;
    }

    /** Broker ids whose deletion a kill interrupted: their files are to be deleted. */
    static List<String> interruptedDeletions(RestoredState state) {
        List<String> ids = new ArrayList<>();
        for (String scope : state.scopes(BROKER)) {
            BrokerImage image = state.image(scope, BROKER, ONE);
            if (image.state().equals(Broker.DELETION_IN_PROGRESS)) {
                ids.add(image.id());
            }
        }
        return ids;
    }

    private static Broker broker(BrokerImage image) {
        Broker broker = new Broker(image.accountId(), image.region(), image.id(), image.arn(), image.name(),
                image.engine(), Instant.ofEpochMilli(image.createdMillis()), image.creatorRequestId(),
                image.deploymentMode(), image.storageType(), image.publiclyAccessible(), image.subnetIds(),
                image.encryptionOptions());
        broker.state = image.state();
        broker.failure = image.failure();
        broker.engineVersion = image.engineVersion();
        broker.pendingEngineVersion = image.pendingEngineVersion();
        broker.hostInstanceType = image.hostInstanceType();
        broker.pendingHostInstanceType = image.pendingHostInstanceType();
        broker.authenticationStrategy = image.authenticationStrategy();
        broker.pendingAuthenticationStrategy = image.pendingAuthenticationStrategy();
        broker.autoMinorVersionUpgrade = image.autoMinorVersionUpgrade();
        broker.securityGroups = image.securityGroups();
        broker.pendingSecurityGroups = image.pendingSecurityGroups();
        broker.ldapServerMetadata = image.ldapServerMetadata();
        broker.pendingLdapServerMetadata = image.pendingLdapServerMetadata();
        broker.logs = image.logs();
        broker.pendingLogs = image.pendingLogs();
        broker.maintenanceWindowStartTime = image.maintenanceWindowStartTime();
        broker.currentConfiguration = image.currentConfiguration();
        broker.pendingConfiguration = image.pendingConfiguration();
        broker.configurationHistory.addAll(image.configurationHistory());
        broker.dataReplicationMode = image.dataReplicationMode();
        broker.pendingDataReplicationMode = image.pendingDataReplicationMode();
        broker.dataReplicationMetadata = image.dataReplicationMetadata();
        broker.listeners = List.copyOf(image.listeners());
        for (UserImage user : image.users()) {
            broker.users.put(user.username(), new BrokerUser(user.username(), user.applied(),
                    user.pendingChange() == null ? null : BrokerUser.Change.valueOf(user.pendingChange()),
                    user.pendingSettings()));
        }
        broker.tags.putAll(image.tags());
        return broker;
    }

    private static BrokerImage image(Broker broker) {
        List<UserImage> users = broker.users.values().stream()
                .map(user -> new UserImage(user.username, user.applied,
                        user.pendingChange == null ? null : user.pendingChange.name(), user.pendingSettings))
                .toList();
        return new BrokerImage(broker.accountId, broker.region, broker.id, broker.arn, broker.name, broker.engine,
                broker.created.toEpochMilli(), broker.creatorRequestId, broker.deploymentMode, broker.storageType,
                broker.publiclyAccessible, broker.subnetIds, broker.encryptionOptions, broker.state, broker.failure,
                broker.engineVersion, broker.pendingEngineVersion, broker.hostInstanceType,
                broker.pendingHostInstanceType, broker.authenticationStrategy, broker.pendingAuthenticationStrategy,
                broker.autoMinorVersionUpgrade, broker.securityGroups, broker.pendingSecurityGroups,
                broker.ldapServerMetadata, broker.pendingLdapServerMetadata, broker.logs, broker.pendingLogs,
                broker.maintenanceWindowStartTime, broker.currentConfiguration, broker.pendingConfiguration,
                List.copyOf(broker.configurationHistory), broker.dataReplicationMode,
                broker.pendingDataReplicationMode, broker.dataReplicationMetadata, broker.listeners, users,
                broker.tags.snapshot());
    }

    private static ConfigurationImage image(MqConfiguration configuration) {
        return new ConfigurationImage(configuration.accountId, configuration.region, configuration.id,
                configuration.arn, configuration.name, configuration.engine, configuration.engineVersion,
                configuration.authenticationStrategy, configuration.created.toEpochMilli(),
                configuration.revisions().stream().map(revision -> new RevisionImage(revision.number(),
                        revision.created().toEpochMilli(), revision.description(), revision.data())).toList(),
                configuration.tags.snapshot());
    }

    private static String scope(Broker broker) {
        return "mq:broker:" + broker.id;
    }

    private static String scope(MqConfiguration configuration) {
        return "mq:configuration:" + configuration.id;
    }
}
