package dev.awsemulator.core.mq.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;

public record DescribeBrokerResult(List<ActionRequired> actionsRequired, String authenticationStrategy, Boolean autoMinorVersionUpgrade, String brokerArn, String brokerId, List<BrokerInstance> brokerInstances, String brokerName, String brokerState, Configurations configurations, Instant created, String deploymentMode, EncryptionOptions encryptionOptions, String engineType, String engineVersion, String hostInstanceType, LdapServerMetadataOutput ldapServerMetadata, LogsSummary logs, WeeklyStartTime maintenanceWindowStartTime, String pendingAuthenticationStrategy, String pendingEngineVersion, String pendingHostInstanceType, LdapServerMetadataOutput pendingLdapServerMetadata, List<String> pendingSecurityGroups, Boolean publiclyAccessible, List<String> securityGroups, String storageType, List<String> subnetIds, Map<String, String> tags, List<UserSummary> users, DataReplicationMetadataOutput dataReplicationMetadata, String dataReplicationMode, DataReplicationMetadataOutput pendingDataReplicationMetadata, String pendingDataReplicationMode) {
}
