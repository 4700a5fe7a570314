package dev.awsemulator.server.protocol;

import java.util.List;
import java.util.Map;

/** A request that is only a body, as the JSON protocols read one. */
record BodyRequest(byte[] body) implements IncomingRequest {

    @Override
    public Map<String, String> form() {
        return Map.of();
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
