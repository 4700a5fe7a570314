package dev.awsemulator.server.http;

import dev.awsemulator.core.common.Caller;
import dev.awsemulator.server.faults.FaultRegistry;
import dev.awsemulator.server.faults.FaultRule;
import dev.awsemulator.server.faults.FaultSpec;
import dev.awsemulator.server.faults.FaultViews;
import dev.awsemulator.server.faults.InvalidFaultException;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import io.undertow.util.Methods;
import io.undertow.util.StatusCodes;

import java.nio.ByteBuffer;

/**
 * The fault rules over HTTP, for tests in any language against the dev server:
 * {@code GET /_emulator/faults} lists them, {@code POST} adds one (a {@link FaultSpec} as JSON; 201 with the
 * rule, or 400 with {@code {"message": ...}} saying what is valid), {@code DELETE} removes them all, and
 * {@code DELETE /_emulator/faults/<id>} one (404 if there is none).
 */
public final class FaultsEndpoint implements HttpHandler {

    static final String PATH = "/_emulator/faults";
    private static final String JSON = "application/json";

    private final HttpHandler next;
    private final FaultRegistry registry;
    private final CallerDefaults callers;

    public FaultsEndpoint(HttpHandler next, FaultRegistry registry, CallerDefaults callers) {
        this.next = next;
        this.registry = registry;
        this.callers = callers;
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) throws Exception {
        String path = exchange.getRequestPath();
        if (path.equals(PATH)) {
            all(exchange);
        } else if (path.startsWith(PATH + "/")) {
            one(exchange, path.substring(PATH.length() + 1));
        } else {
            next.handleRequest(exchange);
        }
    }

    private void all(HttpServerExchange exchange) {
        if (Methods.GET.equals(exchange.getRequestMethod())) {
            send(exchange, StatusCodes.OK, FaultViews.json(registry.rules()));
        } else if (Methods.DELETE.equals(exchange.getRequestMethod())) {
            registry.clear();
            send(exchange, StatusCodes.OK, FaultViews.json(registry.rules()));
        } else if (Methods.POST.equals(exchange.getRequestMethod())) {
            exchange.getRequestReceiver().receiveFullBytes(this::add);
        } else {
            refuseMethod(exchange, "GET, POST, DELETE");
        }
    }

    private void add(HttpServerExchange exchange, byte[] body) {
        try {
            FaultSpec spec = FaultViews.read(body);
            Caller caller = spec.scope(callers.of(exchange, CredentialScope.NONE));
            FaultRule rule = registry.add(spec.toFault(), caller);
            send(exchange, StatusCodes.CREATED, FaultViews.json(rule));
        } catch (InvalidFaultException e) {
            send(exchange, StatusCodes.BAD_REQUEST, FaultViews.message(e.getMessage()));
        }
    }

    private void one(HttpServerExchange exchange, String id) {
        if (!Methods.DELETE.equals(exchange.getRequestMethod())) {
            refuseMethod(exchange, "DELETE");
        } else if (registry.remove(id)) {
            send(exchange, StatusCodes.OK, FaultViews.json(registry.rules()));
        } else {
            send(exchange, StatusCodes.NOT_FOUND, FaultViews.message("There is no fault rule " + id + "."));
        }
    }

    private static void refuseMethod(HttpServerExchange exchange, String allowed) {
        exchange.getResponseHeaders().put(Headers.ALLOW, allowed);
        send(exchange, StatusCodes.METHOD_NOT_ALLOWED, FaultViews.message("Use " + allowed + " here."));
    }

    private static void send(HttpServerExchange exchange, int status, byte[] body) {
        exchange.setStatusCode(status);
        exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, JSON);
        exchange.getResponseSender().send(ByteBuffer.wrap(body));
    }
}
