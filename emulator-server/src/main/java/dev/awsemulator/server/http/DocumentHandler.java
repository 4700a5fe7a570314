package dev.awsemulator.server.http;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import io.undertow.util.Methods;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Serves fixed documents at fixed paths (e.g. the SNS signing certificate at its SigningCertURL) and
 * passes every other request on.
 */
public final class DocumentHandler implements HttpHandler {

    private record Document(String contentType, Supplier<String> content) {
    }

    private final HttpHandler next;
    private final Map<String, Document> documents = new ConcurrentHashMap<>();

    public DocumentHandler(HttpHandler next) {
        this.next = next;
    }

    public DocumentHandler serve(String path, String contentType, Supplier<String> content) {
        documents.put(path, new Document(contentType, content));
        return this;
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) throws Exception {
        Document document = Methods.GET.equals(exchange.getRequestMethod())
                ? documents.get(exchange.getRequestPath()) : null;
        if (document == null) {
            next.handleRequest(exchange);
            return;
        }
        exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, document.contentType());
        exchange.getResponseSender().send(document.content().get());
    }
}
