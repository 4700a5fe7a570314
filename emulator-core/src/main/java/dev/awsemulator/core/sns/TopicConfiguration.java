package dev.awsemulator.core.sns;

import dev.awsemulator.core.common.Caller;
import dev.awsemulator.core.common.JsonDocuments;
import dev.awsemulator.core.sns.api.AddPermissionRequest;
import dev.awsemulator.core.sns.api.GetDataProtectionPolicyResult;
import dev.awsemulator.core.sns.api.GetTopicAttributesResult;
import dev.awsemulator.core.sns.api.PutDataProtectionPolicyRequest;
import dev.awsemulator.core.sns.api.RemovePermissionRequest;
import dev.awsemulator.core.sns.api.SetTopicAttributesRequest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A topic's attributes, its access policy's permissions and its data protection policy. Changes run under
 * the topic's lock, which the caller holds.
 */
final class TopicConfiguration {

    private final TopicRegistry topics;

    TopicConfiguration(TopicRegistry topics) {
        this.topics = topics;
    }

    GetTopicAttributesResult getAttributes(TopicState topic) {
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("Policy", TopicPolicies.defaultPolicy(topic.arn, topic.owner));
        attributes.put("Owner", topic.owner);
        attributes.put("TopicArn", topic.arn);
        List<TopicSubscription> subscriptions = topics.subscriptionsOf(topic.arn);
        long confirmed = subscriptions.stream().filter(s -> !s.pendingConfirmation()).count();
        attributes.put("SubscriptionsConfirmed", Long.toString(confirmed));
        attributes.put("SubscriptionsPending", Long.toString(subscriptions.size() - confirmed));
        attributes.put("SubscriptionsDeleted", "0");
        attributes.put("EffectiveDeliveryPolicy", topic.attributes().get(TopicAttributes.DELIVERY_POLICY) != null
                ? topic.attributes().get(TopicAttributes.DELIVERY_POLICY) : DeliveryPolicy.DEFAULT_EFFECTIVE_JSON);
        attributes.putAll(topic.attributes().all());
        return new GetTopicAttributesResult(attributes);
    }

    static void setAttributes(TopicState topic, SetTopicAttributesRequest request) {
        if (request.attributeName() == null || request.attributeName().isEmpty()) {
            throw SnsError.invalidParameter("AttributeName");
        }
        Map<String, String> change = new LinkedHashMap<>();
        change.put(request.attributeName(), request.attributeValue());
        topic.attributes(topic.attributes().with(change, false));
    }

    static void addPermission(Caller caller, TopicState topic, AddPermissionRequest request) {
        String policy = TopicPolicies.addPermission(currentPolicy(topic), topic.arn, caller.partition(),
                request.label(), request.awsAccountId(), request.actionName());
        topic.attributes(topic.attributes().with(Map.of(TopicAttributes.POLICY, policy), false));
    }

    static void removePermission(TopicState topic, RemovePermissionRequest request) {
        String policy = TopicPolicies.removePermission(currentPolicy(topic), request.label());
        topic.attributes(topic.attributes().with(Map.of(TopicAttributes.POLICY, policy), false));
    }

    private static String currentPolicy(TopicState topic) {
        String policy = topic.attributes().get(TopicAttributes.POLICY);
        return policy != null ? policy : TopicPolicies.defaultPolicy(topic.arn, topic.owner);
    }

    static GetDataProtectionPolicyResult dataProtectionPolicy(TopicState topic) {
        return new GetDataProtectionPolicyResult(topic.dataProtectionPolicy());
    }

    static void putDataProtectionPolicy(TopicState topic, PutDataProtectionPolicyRequest request) {
        topic.dataProtectionPolicy(dataProtectionPolicy(SnsParameters.required(request.dataProtectionPolicy(),
                "DataProtectionPolicy")));
    }

    /** A data protection policy as a topic keeps it: a JSON object, or null for none. */
    static String dataProtectionPolicy(String policy) {
        if (policy != null && !policy.isEmpty() && JsonDocuments.parseObject(policy) == null) {
            throw SnsError.invalidParameter("DataProtectionPolicy");
        }
        return policy == null || policy.isEmpty() ? null : policy;
    }
}
