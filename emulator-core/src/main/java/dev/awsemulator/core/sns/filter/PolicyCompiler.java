package dev.awsemulator.core.sns.filter;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns the policy's JSON into {@link PolicyObject}s, failing on the first error in document order, as AWS's
 * compiler does. It only notes nested objects: AWS checks the scope after the whole policy compiled.
 */
final class PolicyCompiler {

    private boolean nested;

    PolicyObject compile(JsonNode root) {
        // An empty top-level policy is no filter at all; an empty nested object is an error.
        return root.isEmpty() ? new PolicyObject(List.of(), List.of()) : object(root, "", null, 1);
    }

    boolean sawNestedObject() {
        return nested;
    }

    /**
     * @param pathPrefix the dotted path of this object in the body, "" at the top
     * @param topKey     the top-level key this object sits under; null for the top level itself
     */
    private PolicyObject object(JsonNode node, String pathPrefix, String topKey, int depth) {
        if (node.isEmpty()) {
            throw InvalidFilterPolicyException.of(PolicyMessages.EMPTY_OBJECT);
        }
        List<KeyCondition> conditions = new ArrayList<>();
        List<List<PolicyObject>> orGroups = new ArrayList<>();
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            String key = field.getKey();
            JsonNode value = field.getValue();
            String top = topKey == null ? key : topKey;
            if (OrOperator.isOr(key, value)) {
                List<PolicyObject> branches = new ArrayList<>();
                for (JsonNode branch : value) {
                    branches.add(object(branch, pathPrefix, topKey, depth));
                }
                orGroups.add(branches);
            } else if (value.isObject()) {
                nested = true;
                PolicyObject child = object(value, pathPrefix + key + ".", top, depth + 1);
                conditions.addAll(child.conditions());
                orGroups.addAll(child.orGroups());
            } else if (value.isArray()) {
                conditions.add(RuleList.compile(pathPrefix + key, top, depth, value));
            } else {
                throw InvalidFilterPolicyException.of(PolicyMessages.mustBeObjectOrArray(key));
            }
        }
        return new PolicyObject(conditions, orGroups);
    }
}
