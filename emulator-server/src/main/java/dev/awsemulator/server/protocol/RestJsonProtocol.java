package dev.awsemulator.server.protocol;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BinaryNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.awsemulator.core.common.AwsException;
import dev.awsemulator.server.api.HttpBinding;
import dev.awsemulator.server.api.Operation;
import dev.awsemulator.server.api.ServiceDefinition;
import dev.awsemulator.server.api.TimestampFormat;
import dev.awsemulator.server.api.WireNames;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * REST-JSON (MSK, MQ, Lambda): the operation is the method and path, members travel where the
 * operation's {@link HttpBinding} puts them and the rest is a JSON object body; a success answers
 * with the operation's status. Errors carry the code in {@code x-amzn-ErrorType}, which every SDK
 * reads first, and a JSON body whose {@code message} they show.
 */
public final class RestJsonProtocol implements WireProtocol {

    private static final String JSON = "application/json";
    private static final byte[] NO_BODY = new byte[0];

    private final WireNames names;
    private final JsonTrees trees;
    private final BoundMembers bound;

    public RestJsonProtocol(ServiceDefinition service) {
        this.names = service.wireNames();
        this.trees = names.derived(ServiceObjectMappers.JSON);
        this.bound = new BoundMembers(names);
    }

    @Override
    public <T> T decode(Operation<T> operation, IncomingRequest request) {
        HttpBinding binding = operation.http();
        Class<T> inputType = operation.inputType();
        ObjectNode tree = binding.payload() == null ? trees.object(request.body())
                : trees.mapper().createObjectNode();
        binding.labels().values().forEach(component -> tree.remove(names.name(inputType, component)));
        binding.query().keySet().forEach(component -> tree.remove(names.name(inputType, component)));
        binding.headers().keySet().forEach(component -> tree.remove(names.name(inputType, component)));
        bound.read(tree, inputType, binding, request);
        if (binding.payload() != null) {
            JsonNode payload = payload(BoundMembers.component(inputType, binding.payload()).getType(), request.body());
            if (payload != null) {
                tree.set(names.name(inputType, binding.payload()), payload);
            }
        }
        return trees.value(tree, inputType);
    }

    /** The body as the payload member holds it: bytes, text, or a structure; null when there is none. */
    private JsonNode payload(Class<?> type, byte[] body) {
        if (body.length == 0) {
            return null;
        }
        if (type == byte[].class) {
            return BinaryNode.valueOf(body);
        }
        if (type == String.class) {
            return TextNode.valueOf(new String(body, StandardCharsets.UTF_8));
        }
        return trees.object(body);
    }

    @Override
    public EncodedResponse encode(Operation<?> operation, Object output, String requestId) {
        HttpBinding binding = operation.http();
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("x-amzn-RequestId", requestId);
        if (binding.status() == 204) {
            return new EncodedResponse(204, null, headers, NO_BODY);
        }
        if (output == null) {
            return new EncodedResponse(binding.status(), JSON, headers, document(trees.mapper().createObjectNode()));
        }
        if (!binding.bindsOutput()) {
            return new EncodedResponse(binding.status(), JSON, headers, document(output));
        }
        Record record = (Record) output;
        int status = binding.status();
        if (binding.responseStatus() != null && read(record, binding.responseStatus()) instanceof Number code) {
            status = code.intValue();
        }
        binding.responseHeaders().forEach((component, name) -> {
            Object value = read(record, component);
            if (value != null) {
                headers.put(name, headerText(value));
            }
        });
        if (binding.responsePayload() != null) {
            return payloadResponse(status, headers, read(record, binding.responsePayload()));
        }
        ObjectNode body = bodyWithout(record, binding);
        return new EncodedResponse(status, JSON, headers, document(body));
    }

    private EncodedResponse payloadResponse(int status, Map<String, String> headers, Object payload) {
        if (payload == null) {
            return new EncodedResponse(status, null, headers, NO_BODY);
        }
        if (payload instanceof byte[] bytes) {
            return new EncodedResponse(status, "application/octet-stream", headers, bytes);
        }
        if (payload instanceof String text) {
            return new EncodedResponse(status, "text/plain", headers, text.getBytes(StandardCharsets.UTF_8));
        }
        return new EncodedResponse(status, JSON, headers, document(payload));
    }

    /** The output's JSON object less the members bound elsewhere; numbers keep their exact decimal form. */
    private ObjectNode bodyWithout(Record record, HttpBinding binding) {
        ObjectNode body;
        try {
            body = (ObjectNode) trees.mapper().reader().with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                    .readTree(document(record));
        } catch (IOException e) {
            throw new IllegalStateException("a written record reads back", e);
        }
        Class<?> type = record.getClass();
        binding.responseHeaders().keySet().forEach(component -> body.remove(names.name(type, component)));
        if (binding.responseStatus() != null) {
            body.remove(names.name(type, binding.responseStatus()));
        }
        return body;
    }

    /** A header's text: HTTP dates, base64 blobs, comma-separated lists. */
    private static String headerText(Object value) {
        if (value instanceof Instant instant) {
            return Timestamps.text(instant, TimestampFormat.HTTP_DATE);
        }
        if (value instanceof byte[] bytes) {
            return Base64.getEncoder().encodeToString(bytes);
        }
        if (value instanceof Collection<?> list) {
            return list.stream().map(String::valueOf).collect(Collectors.joining(","));
        }
        return String.valueOf(value);
    }

    private byte[] document(Object value) {
        try {
            return trees.mapper().writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("output records always serialize", e);
        }
    }

    @Override
    public EncodedResponse encodeError(AwsException error, String requestId) {
        ObjectNode body = JsonTrees.withError(trees.mapper().createObjectNode(), trees.mapper(), error);
        return new EncodedResponse(error.errorCode().httpStatus(), JSON,
                JsonTrees.errorHeaders(error.errorCode(), requestId), document(body));
    }

    @Override
    public void prepare() {
        trees.mapper();
    }

    private static Object read(Record record, String component) {
        try {
            return BoundMembers.component(record.getClass(), component).getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("record accessors are public", e);
        }
    }
}
