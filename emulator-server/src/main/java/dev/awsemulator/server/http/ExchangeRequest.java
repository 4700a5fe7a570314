package dev.awsemulator.server.http;

import dev.awsemulator.server.protocol.IncomingRequest;
import io.undertow.server.HttpServerExchange;

import java.util.Deque;
import java.util.List;
import java.util.Map;

/** A request as the codecs read it, over Undertow's exchange and its body once read. */
record ExchangeRequest(HttpServerExchange exchange, byte[] body, Map<String, String> form,
                       Map<String, String> labels) implements IncomingRequest {

    @Override
    public String header(String name) {
        return exchange.getRequestHeaders().getFirst(name);
    }

    @Override
    public List<String> queryValues(String name) {
        Deque<String> values = exchange.getQueryParameters().get(name);
        return values == null ? List.of() : List.copyOf(values);
    }
}
