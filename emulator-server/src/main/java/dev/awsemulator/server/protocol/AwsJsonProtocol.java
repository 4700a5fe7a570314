package dev.awsemulator.server.protocol;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsemulator.core.common.AwsException;
import dev.awsemulator.core.common.CommonError;
import dev.awsemulator.core.common.ErrorCode;
import dev.awsemulator.server.api.JsonFacts;
import dev.awsemulator.server.api.Operation;
import dev.awsemulator.server.api.ServiceDefinition;
import dev.awsemulator.server.api.WireNames;
import dev.awsemulator.server.model.InputChecks;

import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * AWS JSON 1.0 and 1.1, and their CBOR form (Kinesis): the body is the input shape; errors carry
 * {@code __type} in the body and {@code x-amzn-ErrorType}, the only place a CBOR client can read the
 * code if it fails to parse the body; for query-compatible services (SQS) also the legacy code in
 * {@code x-amzn-query-error}, which SDKs report as the error code.
 */
public final class AwsJsonProtocol implements WireProtocol {

    private final JsonFacts facts;
    private final JsonTrees trees;
    private final BoundMembers bound;
    private final String contentType;
    private final InputChecks checks;

    private AwsJsonProtocol(ServiceDefinition service, WireNames.Derivation<JsonTrees> trees, String contentType) {
        this.facts = service.json();
        this.checks = service.inputChecks();
        this.trees = service.wireNames().derived(trees);
        this.bound = new BoundMembers(service.wireNames());
        this.contentType = contentType;
    }

    public static AwsJsonProtocol json(ServiceDefinition service) {
        return new AwsJsonProtocol(service, ServiceObjectMappers.JSON,
                "application/x-amz-json-" + service.json().version());
    }

    public static AwsJsonProtocol cbor(ServiceDefinition service) {
        return new AwsJsonProtocol(service, ServiceObjectMappers.CBOR, "application/x-amz-cbor-1.1");
    }

    /**
     * The body is the input, checked against the service's model when it declares one; for an operation
     * reached by path (a developer endpoint), the members its binding puts in the query string or path come
     * from there.
     */
    @Override
    public <T> T decode(Operation<T> operation, IncomingRequest request) {
        Class<T> inputType = operation.inputType();
        byte[] body = request.body();
        if (operation.http() != null) {
            ObjectNode tree = trees.object(body);
            bound.read(tree, inputType, operation.http(), request);
            return trees.value(tree, inputType);
        }
        if (checks != null) {
            ObjectNode tree = trees.object(body);
            checks.check(operation.name(), tree);
            return trees.value(tree, inputType);
        }
        if (body.length == 0) {
            return trees.value(trees.mapper().createObjectNode(), inputType);
        }
        T input;
        try {
            input = trees.read(body, inputType);
        } catch (IOException | RuntimeException e) {
            throw CommonError.SERIALIZATION.exception(JsonTrees.describe(e));
        }
        if (input == null) {
            // A body of just `null`: the input must be a structure.
            throw CommonError.SERIALIZATION.exception("Start of structure or map expected, but the body is null.");
        }
        return input;
    }

    /** A value encoded on its own, e.g. the payload of an event-stream message. */
    public byte[] document(Object value) {
        try {
            return trees.mapper().writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("output records always serialize", e);
        }
    }

    @Override
    public EncodedResponse encode(Operation<?> operation, Object output, String requestId) {
        try {
            byte[] body = trees.mapper().writeValueAsBytes(output == null ? trees.mapper().createObjectNode() : output);
            return new EncodedResponse(200, contentType, Map.of("x-amzn-RequestId", requestId), body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("output records always serialize", e);
        }
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
            trees.mapper().readValue(trees.mapper().writeValueAsBytes(shape), PreparedShape.class);
        } catch (IOException e) {
            throw new IllegalStateException("a constant record always round-trips", e);
        }
    }

    @Override
    public EncodedResponse encodeError(AwsException error, String requestId) {
        ErrorCode code = error.errorCode();
        Map<String, String> headers = JsonTrees.errorHeaders(code, requestId);
        if (facts.queryCompatible()) {
            headers.put("x-amzn-query-error", code.queryCode() + ";" + (code.senderFault() ? "Sender" : "Receiver"));
        }
        ObjectNode body = trees.mapper().createObjectNode().put("__type", facts.errorTypePrefix() + code.code());
        JsonTrees.withError(body, trees.mapper(), error);
        return new EncodedResponse(code.httpStatus(), contentType, headers, document(body));
    }
}
