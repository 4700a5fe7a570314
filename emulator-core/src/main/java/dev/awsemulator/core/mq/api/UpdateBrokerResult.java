package dev.awsemulator.core.mq.api;

import java.util.List;

public record UpdateBrokerResult(String authenticationStrategy, Boolean autoMinorVersionUpgrade, String brokerId, ConfigurationId configuration, String engineVersion, String hostInstanceType, LdapServerMetadataOutput ldapServerMetadata, Logs logs, WeeklyStartTime maintenanceWindowStartTime, List<String> securityGroups, DataReplicationMetadataOutput dataReplicationMetadata, String dataReplicationMode, DataReplicationMetadataOutput pendingDataReplicationMetadata, String pendingDataReplicationMode) {
}
