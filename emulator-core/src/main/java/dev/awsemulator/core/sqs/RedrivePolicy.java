package dev.awsemulator.core.sqs;

import dev.awsemulator.core.common.JsonDocuments;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The dead-letter queue a source queue sends a message to after {@code maxReceiveCount} receives. */
record RedrivePolicy(String deadLetterTargetArn, int maxReceiveCount) {

    static RedrivePolicy parse(String json) {
        JsonNode node = JsonDocuments.parseObject(json);
        if (node == null) {
            throw invalid(json, "Redrive policy is not a valid JSON map.");
        }
        JsonNode arn = node.get("deadLetterTargetArn");
        JsonNode count = node.get("maxReceiveCount");
        if (arn == null || !arn.isTextual()) {
            throw invalid(json, "Redrive policy does not contain mandatory attribute: deadLetterTargetArn.");
        }
        if (count == null) {
            throw invalid(json, "Redrive policy does not contain mandatory attribute: maxReceiveCount.");
        }
        int maxReceiveCount;
        try {
            maxReceiveCount = Integer.parseInt(count.asText());
        } catch (NumberFormatException e) {
            maxReceiveCount = 0;
        }
        if (maxReceiveCount < 1 || maxReceiveCount > 1000) {
            throw invalid(json, "Invalid value for maxReceiveCount: " + count.asText()
                    + ", valid values are from 1 to 1000 both inclusive.");
        }
        if (QueueRef.fromArn(arn.asText()) == null) {
            throw invalid(json, "Invalid value for deadLetterTargetArn.");
        }
        return new RedrivePolicy(arn.asText(), maxReceiveCount);
    }

    static dev.awsemulator.core.common.AwsException invalid(String json, String reason) {
        return SqsError.invalidParameter("Value " + json + " for parameter RedrivePolicy is invalid. Reason: " + reason);
    }

    /** The attribute's value as AWS returns it: the count as a JSON number. */
    String toJson() {
        ObjectNode node = JsonDocuments.MAPPER.createObjectNode();
        node.put("deadLetterTargetArn", deadLetterTargetArn);
        node.put("maxReceiveCount", maxReceiveCount);
        return node.toString();
    }
}
