package dev.awsemulator.core.sns;

import dev.awsemulator.core.common.JsonDocuments;
import dev.awsemulator.core.common.PolicyStatements;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;

/** The access policy documents of topics: AWS's default, and the statements AddPermission manages. */
final class TopicPolicies {

    private static final List<String> DEFAULT_ACTIONS = List.of("SNS:GetTopicAttributes", "SNS:SetTopicAttributes",
            "SNS:AddPermission", "SNS:RemovePermission", "SNS:DeleteTopic", "SNS:Subscribe",
            "SNS:ListSubscriptionsByTopic", "SNS:Publish");

    private TopicPolicies() {
    }

    static String defaultPolicy(String topicArn, String owner) {
        ObjectNode policy = JsonDocuments.MAPPER.createObjectNode();
        policy.put("Version", "2008-10-17");
        policy.put("Id", "__default_policy_ID");
        ObjectNode statement = policy.putArray("Statement").addObject();
        statement.put("Sid", "__default_statement_ID");
        statement.put("Effect", "Allow");
        statement.putObject("Principal").put("AWS", "*");
        ArrayNode actions = statement.putArray("Action");
        DEFAULT_ACTIONS.forEach(actions::add);
        statement.put("Resource", topicArn);
        statement.putObject("Condition").putObject("StringEquals").put("AWS:SourceOwner", owner);
        return policy.toString();
    }

    static String addPermission(String policy, String topicArn, String partition, String label,
                                List<String> accountIds, List<String> actions) {
        SnsParameters.required(label, "Label");
        if (accountIds == null || accountIds.isEmpty()) {
            throw SnsError.invalidParameter("AWSAccountId");
        }
        if (actions == null || actions.isEmpty()) {
            throw SnsError.invalidParameter("ActionName");
        }
        ObjectNode document = (ObjectNode) JsonDocuments.parseObject(policy);
        if (PolicyStatements.has(document, label)) {
            throw SnsError.invalidParameter("Statement already exists");
        }
        PolicyStatements.allow(document, label, partition, accountIds, "SNS", actions, topicArn);
        return document.toString();
    }

    static String removePermission(String policy, String label) {
        SnsParameters.required(label, "Label");
        ObjectNode document = (ObjectNode) JsonDocuments.parseObject(policy);
        if (!PolicyStatements.remove(document, label)) {
            throw SnsError.NOT_FOUND.exception("Statement with the label " + label + " does not exist");
        }
        return document.toString();
    }

    static String effectiveDeliveryPolicy(DeliveryPolicy policy) {
        ObjectNode root = JsonDocuments.MAPPER.createObjectNode();
        ObjectNode http = root.putObject("http");
        ObjectNode retry = http.putObject("defaultHealthyRetryPolicy");
        retry.put("minDelayTarget", policy.minDelayTarget());
        retry.put("maxDelayTarget", policy.maxDelayTarget());
        retry.put("numRetries", policy.numRetries());
        retry.put("numMaxDelayRetries", policy.numMaxDelayRetries());
        retry.put("numNoDelayRetries", policy.numNoDelayRetries());
        retry.put("numMinDelayRetries", policy.numMinDelayRetries());
        retry.put("backoffFunction", policy.backoffFunction());
        http.put("disableSubscriptionOverrides", false);
        http.putObject("defaultRequestPolicy").put("headerContentType", policy.headerContentType());
        return root.toString();
    }
}
