package dev.awsemulator.server.testsupport;

import dev.awsemulator.server.protocol.IncomingRequest;

import java.util.List;
import java.util.Map;

/**
 * A request that is only a body and, for a form post, its parameters, as a codec reads one: no headers,
 * query-string values or path labels.
 */
public record BareRequest(byte[] body, Map<String, String> form) implements IncomingRequest {

    /** A JSON or CBOR request: a body and nothing else. */
    public BareRequest(byte[] body) {
        this(body, Map.of());
    }

    @Override
    public String header(String name) {
        return null;
    }

    @Override
    public List<String> queryValues(String name) {
        return List.of();
    }

    @Override
    public Map<String, String> labels() {
        return Map.of();
    }
}
