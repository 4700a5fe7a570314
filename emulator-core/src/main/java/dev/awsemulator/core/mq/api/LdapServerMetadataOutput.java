package dev.awsemulator.core.mq.api;

import java.util.List;

public record LdapServerMetadataOutput(List<String> hosts, String roleBase, String roleName, String roleSearchMatching, Boolean roleSearchSubtree, String serviceAccountUsername, String userBase, String userRoleName, String userSearchMatching, Boolean userSearchSubtree) {
}
