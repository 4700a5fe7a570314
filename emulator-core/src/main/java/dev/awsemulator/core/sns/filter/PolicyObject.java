package dev.awsemulator.core.sns.filter;

import java.util.ArrayList;
import java.util.List;

/**
 * A compiled policy object: its keys (nested objects already folded in as dotted paths) AND-ed with its "$or"
 * groups, each group a list of alternative objects.
 */
record PolicyObject(List<KeyCondition> conditions, List<List<PolicyObject>> orGroups) {

    PolicyObject {
        conditions = List.copyOf(conditions);
        orGroups = List.copyOf(orGroups);
    }

    /**
     * The policy as OR-ed lists of AND-ed keys, one list per way through the "$or" groups. Called only after
     * the complexity check, which bounds the number of lists by 150.
     */
    List<List<KeyCondition>> alternatives() {
        List<List<KeyCondition>> result = List.of(conditions);
        for (List<PolicyObject> group : orGroups) {
            List<List<KeyCondition>> expanded = new ArrayList<>();
            for (List<KeyCondition> head : result) {
                for (PolicyObject branch : group) {
                    for (List<KeyCondition> tail : branch.alternatives()) {
                        List<KeyCondition> joined = new ArrayList<>(head);
                        joined.addAll(tail);
                        expanded.add(List.copyOf(joined));
                    }
                }
            }
            result = expanded;
        }
        return result;
    }
}
