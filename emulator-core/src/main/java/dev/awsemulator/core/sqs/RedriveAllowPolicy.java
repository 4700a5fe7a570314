package dev.awsemulator.core.sqs;

import dev.awsemulator.core.common.JsonDocuments;
import com.fasterxml.jackson.databind.JsonNode;
import dev.awsemulator.core.common.AwsException;

import java.util.ArrayList;
import java.util.List;

/** Which source queues may use a queue as their dead-letter queue. */
record RedriveAllowPolicy(String redrivePermission, List<String> sourceQueueArns) {

    static final RedriveAllowPolicy ALLOW_ALL = new RedriveAllowPolicy("allowAll", List.of());

    static RedriveAllowPolicy parse(String json) {
        JsonNode node = JsonDocuments.parseObject(json);
        if (node == null) {
            throw invalid("Redrive allow policy is not a valid JSON map.");
        }
        String permission = node.path("redrivePermission").asText("");
        JsonNode arns = node.get("sourceQueueArns");
        List<String> sources = new ArrayList<>();
        if (arns != null) {
            if (!arns.isArray()) {
                throw invalid("sourceQueueArns must be a list.");
            }
            arns.forEach(arn -> sources.add(arn.asText()));
        }
        switch (permission) {
            case "allowAll", "denyAll" -> {
                if (!sources.isEmpty()) {
                    throw invalid("Only byQueue allows source queue ARNs.");
                }
            }
            case "byQueue" -> {
                if (sources.isEmpty() || sources.size() > 10) {
                    throw invalid("byQueue requires between 1 and 10 source queue ARNs.");
                }
            }
            default -> throw invalid("Invalid value for redrivePermission: " + permission
                    + ". Valid values are allowAll, denyAll and byQueue.");
        }
        return new RedriveAllowPolicy(permission, List.copyOf(sources));
    }

    boolean allows(String sourceQueueArn) {
        return switch (redrivePermission) {
            case "allowAll" -> true;
            case "byQueue" -> sourceQueueArns.contains(sourceQueueArn);
            default -> false;
        };
    }

    private static AwsException invalid(String reason) {
        return SqsError.INVALID_ATTRIBUTE_VALUE.exception(
                "Invalid value for the parameter RedriveAllowPolicy. Reason: " + reason);
    }
}
