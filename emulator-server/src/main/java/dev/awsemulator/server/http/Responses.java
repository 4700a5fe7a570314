package dev.awsemulator.server.http;

import dev.awsemulator.server.protocol.EncodedResponse;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.HeaderMap;
import io.undertow.util.Headers;
import io.undertow.util.HttpString;

import java.nio.ByteBuffer;

/** Writes an encoded AWS response to an exchange. */
final class Responses {

    private Responses() {
    }

    static void send(HttpServerExchange exchange, EncodedResponse response) {
        head(exchange, response);
        exchange.getResponseSender().send(ByteBuffer.wrap(response.body()));
    }

    /** The response's status and headers, not sent yet. */
    static void head(HttpServerExchange exchange, EncodedResponse response) {
        exchange.setStatusCode(response.status());
        HeaderMap headers = exchange.getResponseHeaders();
        if (response.contentType() != null) {
            headers.put(Headers.CONTENT_TYPE, response.contentType());
        }
        response.headers().forEach((name, value) -> headers.put(new HttpString(name), value));
    }
}
