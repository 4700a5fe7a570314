package dev.awsemulator.core.sns.filter;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;

/** Reading policies and message values as JSON. */
final class PolicyJson {

    /** The docs' limit: "The maximum size of a filter policy is 256 KB". */
    static final int MAX_POLICY_BYTES = 256 * 1024;

    // Big decimals keep a policy number's digits as written, for the texts that quote it ("Invalid member ...: 1.50").
    private static final ObjectMapper POLICY = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();
    private static final ObjectMapper MESSAGE = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private PolicyJson() {
    }

    static JsonNode readPolicy(String json) {
        if (json == null) {
            throw InvalidFilterPolicyException.of(PolicyMessages.NOT_JSON);
        }
        if (json.getBytes(StandardCharsets.UTF_8).length > MAX_POLICY_BYTES) {
            throw InvalidFilterPolicyException.of(PolicyMessages.TOO_LONG);
        }
        JsonNode root = readOrNull(POLICY, json);
        if (root == null) {
            throw InvalidFilterPolicyException.of(PolicyMessages.NOT_JSON);
        }
        if (!root.isObject()) {
            throw InvalidFilterPolicyException.of(PolicyMessages.NOT_AN_OBJECT);
        }
        return root;
    }

    /** A message body or String.Array value; null when it is not JSON. */
    static JsonNode readMessageValue(String text) {
        return readOrNull(MESSAGE, text);
    }

    private static JsonNode readOrNull(ObjectMapper mapper, String text) {
        try {
            JsonNode node = mapper.readTree(text);
            return node == null || node.isMissingNode() ? null : node;
        } catch (JsonProcessingException e) {
            return null;
        }
    }
}
