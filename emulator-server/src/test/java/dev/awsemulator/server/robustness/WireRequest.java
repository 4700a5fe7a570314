package dev.awsemulator.server.robustness;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.cbor.CBORFactory;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One request as the fuzzer builds it: first as structure (a JSON tree or Query parameters), which
 * structural mutations change, then as bytes and headers, which the other mutations change.
 */
final class WireRequest {

    enum Encoding { JSON, CBOR, QUERY }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper CBOR = new ObjectMapper(new CBORFactory());

    final String service;
    final Encoding encoding;
    String method = "POST";
    String target;
    String contentType;
    String authorization;
    JsonNode tree;
    Map<String, String> form;
    byte[] body;

    WireRequest(String service, Encoding encoding) {
        this.service = service;
        this.encoding = encoding;
    }

    /** Turns the structure into the body the protocol sends. */
    void encode() {
        try {
            body = switch (encoding) {
                case JSON -> JSON.writeValueAsBytes(tree);
                case CBOR -> CBOR.writeValueAsBytes(tree);
                case QUERY -> form.entrySet().stream()
                        .map(entry -> encoded(entry.getKey()) + "=" + encoded(entry.getValue()))
                        .collect(Collectors.joining("&")).getBytes(StandardCharsets.UTF_8);
            };
        } catch (IOException e) {
            // A value the writer refuses (a lone surrogate in CBOR) goes out as unreadable text instead.
            body = tree.toString().getBytes(StandardCharsets.UTF_8);
        }
    }

    private static String encoded(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        String shown = new String(body, 0, Math.min(body.length, 300), StandardCharsets.UTF_8);
        return method + " " + encoding + " target=" + target + " content-type=" + contentType + " body("
                + body.length + ")=" + shown;
    }
}
