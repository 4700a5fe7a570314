package dev.awsemulator.server.protocol;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsemulator.core.common.AwsException;
import dev.awsemulator.core.common.CommonError;
import dev.awsemulator.core.common.ErrorCode;
import dev.awsemulator.server.api.ServiceDefinition;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * AWS JSON 1.0 and 1.1: the body is the input shape as JSON; errors carry {@code __type}, and for
 * query-compatible services (SQS) the legacy code in {@code x-amzn-query-error}, which SDKs report
 * as the error code.
 */
public final class AwsJsonProtocol implements WireProtocol {

    private final ServiceDefinition service;
    private final ObjectMapper mapper;
    private final String contentType;

    public AwsJsonProtocol(ServiceDefinition service) {
        this.service = service;
        this.mapper = Mappers.forService(new JsonFactory(), service.wireNames());
        this.contentType = "application/x-amz-json-" + service.jsonVersion();
    }

    @Override
    public <T> T decode(byte[] body, Map<String, String> form, Class<T> inputType) {
        if (body.length == 0) {
            return fromEmpty(inputType);
        }
        try {
            return mapper.readValue(body, inputType);
        } catch (IOException | RuntimeException e) {
            throw CommonError.SERIALIZATION.exception(describe(e));
        }
    }

    private <T> T fromEmpty(Class<T> inputType) {
        try {
            return mapper.readValue("{}", inputType);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("every input shape accepts an empty object", e);
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
            byte[] body = output == null ? "{}".getBytes(StandardCharsets.UTF_8) : mapper.writeValueAsBytes(output);
            return new EncodedResponse(200, contentType, Map.of("x-amzn-RequestId", requestId), body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("output records always serialize", e);
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
        ObjectNode body = mapper.createObjectNode();
        body.put("__type", service.errorTypePrefix() + code.code());
        body.put("message", error.getMessage());
        return new EncodedResponse(code.httpStatus(), contentType, headers, body.toString().getBytes(StandardCharsets.UTF_8));
    }
}
