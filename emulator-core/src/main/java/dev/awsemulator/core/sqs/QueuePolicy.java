package dev.awsemulator.core.sqs;

import dev.awsemulator.core.common.AwsException;
import dev.awsemulator.core.common.JsonDocuments;
import dev.awsemulator.core.common.PolicyStatements;
import com.fasterxml.jackson.databind.JsonNode;
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
        if (PolicyStatements.has(document, label)) {
            throw invalidLabel(label, "Already exists.");
        }
        PolicyStatements.allow(document, label, partition, accountIds, "SQS", actions, queueArn);
        return document.toString();
    }

    static String removePermission(String policy, String label) {
        JsonNode parsed = policy == null ? null : JsonDocuments.parseObject(policy);
        if (parsed == null || !PolicyStatements.remove((ObjectNode) parsed, label)) {
            throw invalidLabel(label, "can't find label.");
        }
        return parsed.path("Statement").isEmpty() ? "" : parsed.toString();
    }

    private static ObjectNode document(String policy, String queueArn) {
        JsonNode parsed = policy == null ? null : JsonDocuments.parseObject(policy);
        if (parsed != null) {
            return (ObjectNode) parsed;
        }
        ObjectNode document = JsonDocuments.MAPPER.createObjectNode();
        document.put("Version", "2012-10-17");
        document.put("Id", queueArn + "/SQSDefaultPolicy");
        return document;
    }

    private static AwsException invalidLabel(String label, String reason) {
        return SqsError.invalidParameter("Value " + label + " for parameter Label is invalid. Reason: " + reason);
    }
}
