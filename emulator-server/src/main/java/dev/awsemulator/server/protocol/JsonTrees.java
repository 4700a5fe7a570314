package dev.awsemulator.server.protocol;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsemulator.core.common.AwsException;
import dev.awsemulator.core.common.CommonError;
import dev.awsemulator.core.common.ErrorCode;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Decoding through a JSON tree, for inputs whose members come from more than the body (REST
 * bindings, Query forms): the tree is built, completed, then mapped to the input record once.
 */
final class JsonTrees {

    private JsonTrees() {
    }

    /** The body as a JSON object; an empty body is an empty object. */
    static ObjectNode object(ObjectMapper mapper, byte[] body) {
        if (body.length == 0) {
            return mapper.createObjectNode();
        }
        JsonNode tree;
        try {
            tree = mapper.readTree(body);
        } catch (IOException | RuntimeException e) {
            throw CommonError.SERIALIZATION.exception(describe(e));
        }
        if (tree instanceof ObjectNode object) {
            return object;
        }
        throw CommonError.SERIALIZATION.exception("Start of structure or map expected, but the body is not an object.");
    }

    static <T> T value(ObjectMapper mapper, JsonNode tree, Class<T> type) {
        try {
            return mapper.treeToValue(tree, type);
        } catch (IOException | RuntimeException e) {
            throw CommonError.SERIALIZATION.exception(describe(e));
        }
    }

    /** The headers of every JSON error: the request id and the code, which SDKs read before the body. */
    static Map<String, String> errorHeaders(ErrorCode code, String requestId) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("x-amzn-RequestId", requestId);
        headers.put("x-amzn-ErrorType", code.code());
        return headers;
    }

    /**
     * Adds an error to its JSON body: the error shape's members in the service's wire names, then its
     * {@code message} (which may quote the caller's malformed text, and CBOR refuses to write a lone
     * surrogate).
     */
    static ObjectNode withError(ObjectNode body, ObjectMapper mapper, AwsException error) {
        if (error.members() != null) {
            body.setAll((ObjectNode) mapper.valueToTree(error.members()));
        }
        return body.put("message", WellFormedText.repaired(error.getMessage()));
    }

    /** What went wrong in reading JSON, in Jackson's words without its location noise. */
    static String describe(Exception e) {
        if (e instanceof JsonProcessingException json) {
            return json.getOriginalMessage();
        }
        return "The request body could not be read.";
    }
}
