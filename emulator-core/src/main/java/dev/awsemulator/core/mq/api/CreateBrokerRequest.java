package dev.awsemulator.core.mq.api;

import java.util.List;
import java.util.Map;

public record CreateBrokerRequest(String authenticationStrategy, Boolean autoMinorVersionUpgrade, String brokerName, ConfigurationId configuration, String creatorRequestId, String deploymentMode, EncryptionOptions encryptionOptions, String engineType, String engineVersion, String hostInstanceType, LdapServerMetadataInput ldapServerMetadata, Logs logs, WeeklyStartTime maintenanceWindowStartTime, Boolean publiclyAccessible, List<String> securityGroups, String storageType, List<String> subnetIds, Map<String, String> tags, List<User> users, String dataReplicationMode, String dataReplicationPrimaryBrokerArn) {
}
