package dev.awsemulator.server.http;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.HeaderMap;
import io.undertow.util.HttpString;
import io.undertow.util.Methods;

/**
 * Lets web pages on any origin call the emulator, as the AWS SDK for JavaScript in a browser does: a
 * preflight ({@code OPTIONS} with {@code Access-Control-Request-Method}) is answered here with the
 * method and headers it asks for, and every response to a request with an {@code Origin} allows that
 * origin and exposes the headers the SDKs read (request ids, error types, the date for clock skew).
 * A local emulator has no resources to protect from other origins, so every origin is allowed.
 */
public final class CorsHandler implements HttpHandler {

    private static final HttpString ORIGIN = new HttpString("Origin");
    private static final HttpString REQUEST_METHOD = new HttpString("Access-Control-Request-Method");
    private static final HttpString REQUEST_HEADERS = new HttpString("Access-Control-Request-Headers");
    private static final HttpString ALLOW_ORIGIN = new HttpString("Access-Control-Allow-Origin");
    private static final HttpString ALLOW_METHODS = new HttpString("Access-Control-Allow-Methods");
    private static final HttpString ALLOW_HEADERS = new HttpString("Access-Control-Allow-Headers");
    private static final HttpString EXPOSE_HEADERS = new HttpString("Access-Control-Expose-Headers");
    private static final HttpString MAX_AGE = new HttpString("Access-Control-Max-Age");

    private static final String METHODS = "GET, POST, PUT, PATCH, DELETE, HEAD, OPTIONS";
    private static final String EXPOSED = "x-amzn-RequestId, x-amzn-ErrorType, x-amzn-ErrorMessage, "
            + "x-amzn-query-error, x-amz-request-id, x-amz-id-2, Date, ETag, Content-Length";
    private static final String PREFLIGHT_CACHE_SECONDS = "86400";

    private final HttpHandler next;

    public CorsHandler(HttpHandler next) {
        this.next = next;
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) throws Exception {
        HeaderMap request = exchange.getRequestHeaders();
        if (!request.contains(ORIGIN)) {
            next.handleRequest(exchange);
            return;
        }
        HeaderMap response = exchange.getResponseHeaders();
        response.put(ALLOW_ORIGIN, "*");
        if (Methods.OPTIONS.equals(exchange.getRequestMethod()) && request.contains(REQUEST_METHOD)) {
            response.put(ALLOW_METHODS, METHODS);
            String asked = request.getFirst(REQUEST_HEADERS);
            if (asked != null) {
                response.put(ALLOW_HEADERS, asked);
            }
            response.put(MAX_AGE, PREFLIGHT_CACHE_SECONDS);
            exchange.setStatusCode(200);
            exchange.endExchange();
            return;
        }
        response.put(EXPOSE_HEADERS, EXPOSED);
        next.handleRequest(exchange);
    }
}
