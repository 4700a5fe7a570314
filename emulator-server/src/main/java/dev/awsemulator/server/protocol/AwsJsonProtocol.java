package dev.awsemulator.server.protocol;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.cbor.CBORFactory;
import dev.awsemulator.core.common.AwsException;
import dev.awsemulator.core.common.CommonError;
import dev.awsemulator.core.common.ErrorCode;
import dev.awsemulator.server.api.ServiceDefinition;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * AWS JSON 1.0 and 1.1, and their CBOR form (Kinesis): the body is the input shape; errors carry
 * {@code __type} in the body and {@code x-amzn-ErrorType}, the only place a CBOR client can read the
 * code if it fails to parse the body; for query-compatible services (SQS) also the legacy code in
 * {@code x-amzn-query-error}, which SDKs report as the error code.
 */
public final class AwsJsonProtocol implements WireProtocol {

    private final ServiceDefinition service;
    private final Supplier<ObjectMapper> mapper;
    private final String contentType;

    private AwsJsonProtocol(ServiceDefinition service, Supplier<JsonFactory> factory, String contentType) {
        this.service = service;
        this.mapper = ServiceObjectMappers.lazy(factory, service.wireNames());
        this.contentType = contentType;
    }

    public static AwsJsonProtocol json(ServiceDefinition service) {
        return new AwsJsonProtocol(service, JsonFactory::new, "application/x-amz-json-" + service.jsonVersion());
    }

    public static AwsJsonProtocol cbor(ServiceDefinition service) {
        return new AwsJsonProtocol(service, CBORFactory::new, "application/x-amz-cbor-1.1");
    }

    @Override
    public <T> T decode(byte[] body, Map<String, String> form, Class<T> inputType) {
        if (body.length == 0) {
            return fromEmpty(inputType);
        }
        T input;
        try {
            input = mapper.get().readValue(body, inputType);
        } catch (IOException | RuntimeException e) {
            throw CommonError.SERIALIZATION.exception(describe(e));
        }
        if (input == null) {
            // A body of just `null`: the input must be a structure.
            throw CommonError.SERIALIZATION.exception("Start of structure or map expected, but the body is null.");
        }
        return input;
    }

    private <T> T fromEmpty(Class<T> inputType) {
        try {
            return mapper.get().treeToValue(mapper.get().createObjectNode(), inputType);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("every input shape accepts an empty object", e);
        }
    }

    /** A value encoded on its own, e.g. the payload of an event-stream message. */
    public byte[] document(Object value) {
        try {
            return mapper.get().writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("output records always serialize", e);
        }
    }

    private static String describe(Exception e) {
        if (e instanceof JsonProcessingException json) {
            return json.getOriginalMessage();
        }
        return "The request body could not be read.";
    }

    @Override
    public EncodedResponse encode(String operation, Object output, String requestId) {
        try {
            byte[] body = mapper.get().writeValueAsBytes(output == null ? mapper.get().createObjectNode() : output);
            return new EncodedResponse(200, contentType, Map.of("x-amzn-RequestId", requestId), body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("output records always serialize", e);
        }
    }

    private static String wellFormed(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean pairedHigh = Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1));
            if (pairedHigh) {
                out.append(c).append(text.charAt(++i));
            } else {
                out.append(Character.isSurrogate(c) ? '\uFFFD' : c);
            }
        }
        return out.toString();
    }

    /** A shape like the services' inputs and outputs: a record with a string, a list and a map. */
    private record PreparedShape(String name, List<Integer> values, Map<String, String> tags) {
    }

    /**
     * Makes the mapper and runs it once both ways on a record, as requests and answers are: that loads
     * most of what a first request needs (a map alone left the record (de)serialisers to it).
     */
    @Override
    public void prepare() {
        try {
            PreparedShape shape = new PreparedShape("prepared", List.of(1), Map.of("key", "value"));
            mapper.get().readValue(mapper.get().writeValueAsBytes(shape), PreparedShape.class);
        } catch (IOException e) {
            throw new IllegalStateException("a constant record always round-trips", e);
        }
    }

    @Override
    public EncodedResponse encodeError(AwsException error, String requestId) {
        ErrorCode code = error.errorCode();
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("x-amzn-RequestId", requestId);
        headers.put("x-amzn-ErrorType", code.code());
        if (service.queryCompatible()) {
            headers.put("x-amzn-query-error", code.queryCode() + ";" + (code.senderFault() ? "Sender" : "Receiver"));
        }
        ObjectNode body = mapper.get().createObjectNode();
        body.put("__type", service.errorTypePrefix() + code.code());
        // A message may quote the caller's malformed text; CBOR refuses to write a lone surrogate.
        body.put("message", wellFormed(error.getMessage()));
        return new EncodedResponse(code.httpStatus(), contentType, headers, document(body));
    }
}
