package dev.awsemulator.core.mq.api;

import java.util.List;

public record LdapServerMetadataInput(List<String> hosts, String roleBase, String roleName, String roleSearchMatching, Boolean roleSearchSubtree, String serviceAccountPassword, String serviceAccountUsername, String userBase, String userRoleName, String userSearchMatching, Boolean userSearchSubtree) {
}
