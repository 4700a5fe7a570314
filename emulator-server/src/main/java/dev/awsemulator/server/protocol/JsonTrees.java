package dev.awsemulator.server.protocol;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsemulator.core.common.AwsException;
import dev.awsemulator.core.common.CommonError;
import dev.awsemulator.core.common.ErrorCode;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Decoding through a JSON tree, for inputs whose members come from more than the body (REST
 * bindings, Query forms) or are checked against a model first: the tree is built, completed or checked,
 * then mapped to the input record once. A reader is kept per type: it finds its deserializer once, where
 * the mapper's {@code readTree} and {@code treeToValue} resolve the type and look it up on every call.
 */
final class JsonTrees {

    private final Supplier<ObjectMapper> mapper;
    private final Map<Class<?>, ObjectReader> readers = new ConcurrentHashMap<>();

    /**
     * Trees read and written by the mapper {@code mapper} supplies, made at its first use: a server speaks
     * three services in up to three protocols each, but a run often uses one or two of them, and each mapper
     * costs start-up time (Jackson's classes and set-up are the largest part of it).
     */
    JsonTrees(Supplier<ObjectMapper> mapper) {
        this.mapper = mapper;
    }

    ObjectMapper mapper() {
        return mapper.get();
    }

    /** The body as a JSON object; an empty body is an empty object. */
    ObjectNode object(byte[] body) {
        if (body.length == 0) {
            return mapper.get().createObjectNode();
        }
        JsonNode tree;
        try {
            tree = reader(JsonNode.class).readValue(body);
        } catch (IOException | RuntimeException e) {
            throw CommonError.SERIALIZATION.exception(describe(e));
        }
        if (tree instanceof ObjectNode object) {
            return object;
        }
        throw CommonError.SERIALIZATION.exception("Start of structure or map expected, but the body is not an object.");
    }

    <T> T value(JsonNode tree, Class<T> type) {
        try {
            return read(tree, type);
        } catch (IOException | RuntimeException e) {
            throw CommonError.SERIALIZATION.exception(describe(e));
        }
    }

    <T> T read(JsonNode tree, Class<T> type) throws IOException {
        return reader(type).readValue(tree);
    }

    /** The body read straight into {@code type}, for inputs neither completed nor checked. */
    <T> T read(byte[] body, Class<T> type) throws IOException {
        return reader(type).readValue(body);
    }

    private ObjectReader reader(Class<?> type) {
        ObjectReader reader = readers.get(type);
        return reader != null ? reader : readers.computeIfAbsent(type, key -> mapper.get().readerFor(key));
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
