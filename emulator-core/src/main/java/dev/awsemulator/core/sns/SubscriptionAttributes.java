package dev.awsemulator.core.sns;

import dev.awsemulator.core.common.Arn;
import dev.awsemulator.core.common.JsonDocuments;
import com.fasterxml.jackson.databind.JsonNode;
import dev.awsemulator.core.sns.filter.FilterPolicy;
import dev.awsemulator.core.sns.filter.InvalidFilterPolicyException;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Validation of the settable subscription attributes, per protocol, as AWS validates them. */
final class SubscriptionAttributes {

    static final String DELIVERY_POLICY = "DeliveryPolicy";
    static final String FILTER_POLICY = "FilterPolicy";
    static final String FILTER_POLICY_SCOPE = "FilterPolicyScope";
    static final String RAW_MESSAGE_DELIVERY = "RawMessageDelivery";
    static final String REDRIVE_POLICY = "RedrivePolicy";
    static final String SUBSCRIPTION_ROLE_ARN = "SubscriptionRoleArn";
    static final String REPLAY_POLICY = "ReplayPolicy";

    private static final List<String> RAW_PROTOCOLS = List.of("sqs", "http", "https", "firehose");

    private SubscriptionAttributes() {
    }

    /**
     * The attributes with {@code changes} applied, validated for {@code protocol}. AWS words an invalid value
     * as a reason about the Attributes parameter when {@code subscribing}, and names the attribute alone
     * in SetSubscriptionAttributes.
     */
    static Map<String, String> apply(Map<String, String> current, Map<String, String> changes, String protocol,
                                     boolean subscribing) {
        String reason = subscribing ? "Attributes Reason: " : "";
        Map<String, String> next = new LinkedHashMap<>(current);
        changes.forEach((name, raw) -> {
            String value = raw == null ? "" : raw;
            switch (name) {
                case RAW_MESSAGE_DELIVERY -> {
                    if (!RAW_PROTOCOLS.contains(protocol)) {
                        throw SnsError.invalidParameter("Delivery protocol [" + protocol
                                + "] does not support raw message delivery.");
                    }
                    String lower = value.toLowerCase(Locale.ROOT);
                    if (!lower.equals("true") && !lower.equals("false")) {
                        throw SnsError.invalidParameter(reason + "RawMessageDelivery: Invalid value ["
                                + value + "]. Must be true or false.");
                    }
                    next.put(name, lower);
                }
                case FILTER_POLICY, DELIVERY_POLICY, REPLAY_POLICY -> putOrRemove(next, name, value);
                case FILTER_POLICY_SCOPE -> {
                    if (!value.equals("MessageAttributes") && !value.equals("MessageBody")) {
                        throw SnsError.invalidParameter(reason + "FilterPolicyScope: Invalid value ["
                                + value + "]. Please use either MessageBody or MessageAttributes");
                    }
                    next.put(name, value);
                }
                case REDRIVE_POLICY -> {
                    redrivePolicy(value);
                    putOrRemove(next, name, value);
                }
                case SUBSCRIPTION_ROLE_ARN -> putOrRemove(next, name, value);
                default -> throw SnsError.invalidParameter("AttributeName");
            }
        });
        if (next.containsKey(DELIVERY_POLICY)) {
            if (!protocol.startsWith("http")) {
                throw SnsError.invalidParameter("DeliveryPolicy: only HTTP and HTTPS subscriptions have a delivery "
                        + "policy.");
            }
            DeliveryPolicy.parse(next.get(DELIVERY_POLICY));
        }
        if (next.containsKey(FILTER_POLICY)) {
            next.putIfAbsent(FILTER_POLICY_SCOPE, "MessageAttributes");
        }
        if (protocol.equals("firehose") && !next.containsKey(SUBSCRIPTION_ROLE_ARN)) {
            throw SnsError.invalidParameter("Attributes Reason: SubscriptionRoleArn is required for firehose.");
        }
        return next;
    }

    /**
     * The filter the attributes ask for, compiled once; null when there is none. AWS words the error
     * differently for Subscribe (an attribute of the request) and SetSubscriptionAttributes.
     */
    static FilterPolicy filter(Map<String, String> attributes, boolean subscribing) {
        String policy = attributes.get(FILTER_POLICY);
        if (policy == null) {
            return null;
        }
        FilterPolicy.Scope scope = "MessageBody".equals(attributes.get(FILTER_POLICY_SCOPE))
                ? FilterPolicy.Scope.MESSAGE_BODY : FilterPolicy.Scope.MESSAGE_ATTRIBUTES;
        try {
            return FilterPolicy.parse(policy, scope);
        } catch (InvalidFilterPolicyException e) {
            throw SnsError.invalidParameter((subscribing ? "Attributes Reason: " : "") + e.parameterMessage());
        }
    }

    private static void redrivePolicy(String value) {
        if (value.isEmpty()) {
            return;
        }
        JsonNode policy = JsonDocuments.parseObject(value);
        if (policy == null) {
            throw SnsError.invalidParameter("RedrivePolicy: Redrive policy is not a valid JSON map.");
        }
        if (Arn.parse(policy.path("deadLetterTargetArn").asText(""), "sqs") == null) {
            throw SnsError.invalidParameter("RedrivePolicy: deadLetterTargetArn is an invalid arn");
        }
    }

    private static void putOrRemove(Map<String, String> next, String name, String value) {
        if (value.isEmpty()) {
            next.remove(name);
        } else {
            next.put(name, value);
        }
    }
}
