package dev.awsemulator.core.sqs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.regex.Pattern;

/** AddPermission and RemovePermission: statements keyed by label in the queue's Policy document. */
final class QueuePolicy {

    private static final Pattern LABEL = Pattern.compile("[A-Za-z0-9_-]{1,80}");
    private static final List<String> ACTIONS = List.of("*", "SendMessage", "ReceiveMessage", "DeleteMessage",
            "ChangeMessageVisibility", "GetQueueAttributes", "GetQueueUrl", "ListDeadLetterSourceQueues",
            "PurgeQueue", "ListQueueTags", "ListMessageMoveTasks", "CancelMessageMoveTask", "StartMessageMoveTask");

    private QueuePolicy() {
    }

    static String addPermission(String policy, String queueArn, String partition, String label,
                                List<String> accountIds, List<String> actions) {
        if (!LABEL.matcher(label).matches()) {
            throw invalidLabel(label, "Can only include alphanumeric characters, hyphens, or underscores. "
                    + "1 to 80 in length");
        }
        if (accountIds == null || accountIds.isEmpty()) {
            throw SqsError.missingParameter("AWSAccountIds");
        }
        if (actions == null || actions.isEmpty()) {
            throw SqsError.missingParameter("Actions");
        }
        for (String action : actions) {
            if (!ACTIONS.contains(action)) {
                throw SqsError.invalidParameter("Value SQS:" + action + " for parameter ActionName is invalid. "
                        + "Reason: Only the queue owner is allowed to invoke this action.");
            }
        }
        ObjectNode document = document(policy, queueArn);
        ArrayNode statements = document.withArray("Statement");
        for (JsonNode statement : statements) {
            if (label.equals(statement.path("Sid").asText())) {
                throw invalidLabel(label, "Already exists.");
            }
        }
        ObjectNode statement = statements.addObject();
        statement.put("Sid", label);
        statement.put("Effect", "Allow");
        ArrayNode principals = statement.putObject("Principal").putArray("AWS");
        accountIds.forEach(account -> principals.add("arn:" + partition + ":iam::" + account + ":root"));
        ArrayNode granted = statement.putArray("Action");
        actions.forEach(action -> granted.add("SQS:" + action));
        statement.put("Resource", queueArn);
        return document.toString();
    }

    static String removePermission(String policy, String label) {
        JsonNode parsed = policy == null ? null : Json.parseObject(policy);
        if (parsed != null && parsed.path("Statement").isArray()) {
            ArrayNode statements = (ArrayNode) parsed.get("Statement");
            for (int i = 0; i < statements.size(); i++) {
                if (label.equals(statements.get(i).path("Sid").asText())) {
                    statements.remove(i);
                    return statements.isEmpty() ? "" : parsed.toString();
                }
            }
        }
        throw invalidLabel(label, "can't find label on existing policy.");
    }

    private static ObjectNode document(String policy, String queueArn) {
        JsonNode parsed = policy == null ? null : Json.parseObject(policy);
        if (parsed != null) {
            return (ObjectNode) parsed;
        }
        ObjectNode document = Json.MAPPER.createObjectNode();
        document.put("Version", "2012-10-17");
        document.put("Id", queueArn + "/SQSDefaultPolicy");
        return document;
    }

    private static dev.awsemulator.core.common.AwsException invalidLabel(String label, String reason) {
        return SqsError.invalidParameter("Value " + label + " for parameter Label is invalid. Reason: " + reason);
    }
}
