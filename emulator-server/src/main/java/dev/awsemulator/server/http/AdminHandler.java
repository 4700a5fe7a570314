package dev.awsemulator.server.http;

import dev.awsemulator.core.common.RetainedMemory;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import io.undertow.util.Methods;
import io.undertow.util.StatusCodes;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The emulator's own endpoints, beside the AWS APIs: {@code GET /_emulator/health} (also at
 * LocalStack's {@code /_localstack/health}, in its shape, so users' wait scripts keep working) and
 * {@code POST /_emulator/reset}, which empties every service and re-creates the configured resources.
 */
public final class AdminHandler implements HttpHandler {

    public static final String HEALTH = "/_emulator/health";
    public static final String LOCALSTACK_HEALTH = "/_localstack/health";
    public static final String RESET = "/_emulator/reset";

    private final HttpHandler next;
    private final Map<String, Supplier<String>> services;
    private final RetainedMemory memory;
    private final Runnable reset;

    /**
     * {@code services}: each served service's signing name and its status, read at each request;
     * {@code memory}: the emulator's bound on retained messages and records, shown so a user sees how
     * close a long-running emulator is to refusing sends.
     */
    public AdminHandler(HttpHandler next, Map<String, Supplier<String>> services, RetainedMemory memory,
                        Runnable reset) {
        this.next = next;
        this.services = new LinkedHashMap<>(services);
        this.memory = memory;
        this.reset = reset;
    }

    /** LocalStack's layout and spacing (Python's json.dumps), which scripts often grep for. */
    private String health() {
        return "{\"services\": {" + services.entrySet().stream()
                .map(service -> "\"" + service.getKey() + "\": \"" + service.getValue().get() + "\"")
                .collect(Collectors.joining(", ")) + "}, \"status\": \"running\", \"edition\": \"aws-emulator\""
                + ", \"retainedMemory\": {\"usedBytes\": " + memory.used() + ", \"limitBytes\": " + memory.limit() + "}}";
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) throws Exception {
        switch (exchange.getRequestPath()) {
            case HEALTH, LOCALSTACK_HEALTH -> answer(exchange, Methods.GET.equals(exchange.getRequestMethod())
                    || Methods.HEAD.equals(exchange.getRequestMethod()), "GET, HEAD", this::health);
            case RESET -> answer(exchange, Methods.POST.equals(exchange.getRequestMethod()), "POST", () -> {
                reset.run();
                return "{\"reset\": true}";
            });
            default -> next.handleRequest(exchange);
        }
    }

    private static void answer(HttpServerExchange exchange, boolean allowed, String allow, Supplier<String> body) {
        if (!allowed) {
            exchange.setStatusCode(StatusCodes.METHOD_NOT_ALLOWED);
            exchange.getResponseHeaders().put(Headers.ALLOW, allow);
            exchange.endExchange();
            return;
        }
        exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "application/json");
        exchange.getResponseSender().send(body.get());
    }
}
