package dev.awsemulator.core.common;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;

/**
 * The statements AddPermission and RemovePermission manage in a resource policy (SQS queues and
 * SNS topics alike): one statement per label, allowing the listed accounts the listed actions.
 */
public final class PolicyStatements {

    private PolicyStatements() {
    }

    /** True when a statement with this label (its {@code Sid}) exists. */
    public static boolean has(ObjectNode policy, String label) {
        for (JsonNode statement : policy.withArray("Statement")) {
            if (label.equals(statement.path("Sid").asText())) {
                return true;
            }
        }
        return false;
    }

    /** Adds an Allow statement; actions are prefixed with the service, e.g. {@code SQS:SendMessage}. */
    public static void allow(ObjectNode policy, String label, String partition, List<String> accountIds,
                             String servicePrefix, List<String> actions, String resourceArn) {
        ObjectNode statement = policy.withArray("Statement").addObject();
        statement.put("Sid", label);
        statement.put("Effect", "Allow");
        ArrayNode principals = statement.putObject("Principal").putArray("AWS");
        accountIds.forEach(account -> principals.add(new Arn(partition, "iam", "", account, "root").toString()));
        ArrayNode granted = statement.putArray("Action");
        actions.forEach(action -> granted.add(servicePrefix + ":" + action));
        statement.put("Resource", resourceArn);
    }

    /** Removes the statement with this label; false when there is none. */
    public static boolean remove(ObjectNode policy, String label) {
        ArrayNode statements = policy.withArray("Statement");
        for (int i = 0; i < statements.size(); i++) {
            if (label.equals(statements.get(i).path("Sid").asText())) {
                statements.remove(i);
                return true;
            }
        }
        return false;
    }
}
