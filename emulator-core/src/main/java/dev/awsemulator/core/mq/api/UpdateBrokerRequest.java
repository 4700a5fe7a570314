package dev.awsemulator.core.mq.api;

import java.util.List;

public record UpdateBrokerRequest(String authenticationStrategy, Boolean autoMinorVersionUpgrade, String brokerId, ConfigurationId configuration, String engineVersion, String hostInstanceType, LdapServerMetadataInput ldapServerMetadata, Logs logs, WeeklyStartTime maintenanceWindowStartTime, List<String> securityGroups, String dataReplicationMode) {
}
