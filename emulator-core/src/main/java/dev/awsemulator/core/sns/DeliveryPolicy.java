package dev.awsemulator.core.sns;

import dev.awsemulator.core.common.JsonDocuments;
import com.fasterxml.jackson.databind.JsonNode;

import java.time.Duration;

/**
 * How often and how far apart SNS retries an HTTP delivery. Read from a subscription's policy
 * ({@code healthyRetryPolicy}) or a topic's ({@code http.defaultHealthyRetryPolicy}); AWS's default
 * is three retries twenty seconds apart.
 */
record DeliveryPolicy(int numRetries, int numNoDelayRetries, int numMinDelayRetries, int numMaxDelayRetries,
                      int minDelayTarget, int maxDelayTarget, String backoffFunction, String headerContentType) {

    static final DeliveryPolicy DEFAULT = new DeliveryPolicy(3, 0, 0, 0, 20, 20, "linear",
            "text/plain; charset=UTF-8");

    static final String DEFAULT_EFFECTIVE_JSON = "{\"http\":{\"defaultHealthyRetryPolicy\":{\"minDelayTarget\":20,"
            + "\"maxDelayTarget\":20,\"numRetries\":3,\"numMaxDelayRetries\":0,\"numNoDelayRetries\":0,"
            + "\"numMinDelayRetries\":0,\"backoffFunction\":\"linear\"},\"disableSubscriptionOverrides\":false,"
            + "\"defaultRequestPolicy\":{\"headerContentType\":\"text/plain; charset=UTF-8\"}}}";

    /** Parses a topic's or a subscription's delivery policy; null parts keep AWS's defaults. */
    static DeliveryPolicy parse(String json) {
        JsonNode root = JsonDocuments.parseObject(json);
        if (root == null) {
            throw invalid("DeliveryPolicy: failed to parse JSON.");
        }
        JsonNode http = root.has("http") ? root.get("http") : root;
        JsonNode retry = http.has("defaultHealthyRetryPolicy") ? http.get("defaultHealthyRetryPolicy")
                : http.path("healthyRetryPolicy");
        JsonNode request = http.has("defaultRequestPolicy") ? http.get("defaultRequestPolicy")
                : http.path("requestPolicy");
        DeliveryPolicy policy = new DeliveryPolicy(
                number(retry, "numRetries", DEFAULT.numRetries, 0, 100),
                number(retry, "numNoDelayRetries", 0, 0, 100),
                number(retry, "numMinDelayRetries", 0, 0, 100),
                number(retry, "numMaxDelayRetries", 0, 0, 100),
                number(retry, "minDelayTarget", DEFAULT.minDelayTarget, 1, 3600),
                number(retry, "maxDelayTarget", DEFAULT.maxDelayTarget, 1, 3600),
                retry.path("backoffFunction").asText(DEFAULT.backoffFunction),
                request.path("headerContentType").asText(DEFAULT.headerContentType));
        if (policy.minDelayTarget > policy.maxDelayTarget) {
            throw invalid("DeliveryPolicy: minDelayTarget must be less than or equal to maxDelayTarget.");
        }
        if (policy.numNoDelayRetries + policy.numMinDelayRetries + policy.numMaxDelayRetries > policy.numRetries) {
            throw invalid("DeliveryPolicy: numRetries must be at least the sum of the other retry counts.");
        }
        if (!java.util.List.of("linear", "arithmetic", "geometric", "exponential").contains(policy.backoffFunction)) {
            throw invalid("DeliveryPolicy: backoffFunction must be linear, arithmetic, geometric or exponential.");
        }
        return policy;
    }

    /** Whether a topic's policy forbids its subscriptions to override it. */
    static boolean disablesOverrides(String topicPolicy) {
        JsonNode root = topicPolicy == null ? null : JsonDocuments.parseObject(topicPolicy);
        return root != null && root.path("http").path("disableSubscriptionOverrides").asBoolean(false);
    }

    /**
     * The wait before retry {@code attempt} (1-based): first the immediate retries, then those at the
     * minimum delay, then the backoff phase from minimum to maximum, then those at the maximum.
     */
    Duration delayBefore(int attempt) {
        if (attempt <= numNoDelayRetries) {
            return Duration.ZERO;
        }
        if (attempt <= numNoDelayRetries + numMinDelayRetries) {
            return Duration.ofSeconds(minDelayTarget);
        }
        int backoffRetries = numRetries - numNoDelayRetries - numMinDelayRetries - numMaxDelayRetries;
        int step = attempt - numNoDelayRetries - numMinDelayRetries;
        if (step > backoffRetries || backoffRetries <= 1) {
            return Duration.ofSeconds(step > backoffRetries ? maxDelayTarget : minDelayTarget);
        }
        double fraction = (double) (step - 1) / (backoffRetries - 1);
        double shaped = switch (backoffFunction) {
            case "geometric" -> fraction * fraction;
            case "exponential" -> (Math.pow(2, fraction * 4) - 1) / 15;
            case "arithmetic" -> fraction * (fraction + 1) / 2;
            default -> fraction;
        };
        return Duration.ofMillis(Math.round((minDelayTarget + (maxDelayTarget - minDelayTarget) * shaped) * 1000));
    }

    private static int number(JsonNode node, String name, int fallback, int min, int max) {
        JsonNode value = node.get(name);
        if (value == null) {
            return fallback;
        }
        if (!value.canConvertToInt() || value.asInt() < min || value.asInt() > max) {
            throw invalid("DeliveryPolicy: " + name + " must be between " + min + " and " + max + ".");
        }
        return value.asInt();
    }

    private static dev.awsemulator.core.common.AwsException invalid(String reason) {
        return SnsError.invalidParameter(reason);
    }
}
