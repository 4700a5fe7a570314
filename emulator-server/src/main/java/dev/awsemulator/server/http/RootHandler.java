package dev.awsemulator.server.http;

import dev.awsemulator.core.common.AwsException;
import dev.awsemulator.core.common.Caller;
import dev.awsemulator.core.common.CommonError;
import dev.awsemulator.server.api.EventStreamResult;
import dev.awsemulator.server.api.ServiceDefinition;
import dev.awsemulator.server.protocol.AwsJsonProtocol;
import dev.awsemulator.server.protocol.EncodedResponse;
import dev.awsemulator.server.protocol.WireProtocol;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.server.ServerConnection;
import io.undertow.util.AttachmentKey;
import io.undertow.util.HeaderMap;
import io.undertow.util.Headers;
import io.undertow.util.HttpString;
import io.undertow.util.SameThreadExecutor;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * Every AWS call enters here: the body is read without blocking, the request routed, decoded and
 * handed to its operation. A result that is not ready yet (a long poll) suspends the exchange with
 * no thread held; it is answered on the connection's IO thread when the result completes, and the
 * wait is cancelled if the client goes away.
 */
public final class RootHandler implements HttpHandler {

    private static final Logger LOG = Logger.getLogger(RootHandler.class.getName());
    private static final HttpString AMZ_TARGET = new HttpString("X-Amz-Target");
    private static final String FORM = "application/x-www-form-urlencoded";
    private static final String QUEUE_URL = "QueueUrl";
    private static final AttachmentKey<Set<CompletableFuture<?>>> PENDING = AttachmentKey.create(Set.class);

    private final Router router;
    private final List<ServiceEndpoint> services;
    private final String defaultRegion;
    private final long maxRequestBytes;
    private final RequestListener listener;

    public RootHandler(List<ServiceDefinition> definitions, String defaultRegion,
                       long maxRequestBytes, RequestListener listener) {
        this.services = definitions.stream().map(ServiceEndpoint::of).toList();
        this.router = new Router(services);
        this.defaultRegion = defaultRegion;
        this.maxRequestBytes = maxRequestBytes;
        this.listener = listener;
    }

    /**
     * Prepares the codecs on a background thread, JSON first (what SDK v2 speaks to SQS and Kinesis):
     * Jackson's set-up was a third of the work before the first answer, and this way it overlaps with
     * starting the listener instead of delaying the first request.
     */
    public void prepareCodecsInBackground() {
        Thread preparing = new Thread(() -> {
            services.stream().map(ServiceEndpoint::json).filter(Objects::nonNull).forEach(WireProtocol::prepare);
            services.stream().flatMap(service -> Stream.of(service.cbor(), service.query()))
                    .filter(Objects::nonNull).forEach(WireProtocol::prepare);
        }, "codec-preparation");
        preparing.setDaemon(true);
        preparing.start();
    }

    /** A response and the AWS error code it carries (null on success), so the journal can name it. */
    private record Answer(EncodedResponse response, String errorCode) {
        static Answer error(Route route, AwsException error, String requestId) {
            return new Answer(route.protocol().encodeError(error, requestId), error.errorCode().code());
        }
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) {
        if (exchange.getRequestContentLength() > maxRequestBytes) {
            rejectTooLarge(exchange);
            return;
        }
        exchange.setMaxEntitySize(maxRequestBytes);
        exchange.getRequestReceiver().receiveFullBytes(this::handle, (ex, e) -> rejectTooLarge(ex));
    }

    private void rejectTooLarge(HttpServerExchange exchange) {
        Route route = routeWithoutBody(exchange);
        respond(exchange, route, Answer.error(route, CommonError.REQUEST_TOO_LARGE.exception(
                "Request body must be at most " + maxRequestBytes + " bytes."), requestId()));
    }

    /** Which protocol answers an unreadable request: JSON if it has a target, else Query. */
    private Route routeWithoutBody(HttpServerExchange exchange) {
        String target = exchange.getRequestHeaders().getFirst(AMZ_TARGET);
        Route route = target == null ? null : router.byTarget(target, contentType(exchange));
        return route != null ? route : new Route(fallback(target != null), null, "");
    }

    private WireProtocol fallback(boolean json) {
        ServiceEndpoint first = json
                ? services.stream().filter(service -> service.json() != null).findFirst().orElseThrow()
                : router.byScopeOrFirst(CredentialScope.NONE);
        return json ? first.json() : first.query();
    }

    private void handle(HttpServerExchange exchange, byte[] body) {
        String requestId = requestId();
        HeaderMap headers = exchange.getRequestHeaders();
        String target = headers.getFirst(AMZ_TARGET);
        Map<String, String> form = target == null ? form(exchange, body) : Map.of();
        CredentialScope scope = CredentialScope.of(headers.getFirst(Headers.AUTHORIZATION), form.get("X-Amz-Credential"));
        Route route = route(target, contentType(exchange), form, scope);
        try {
            if (route.operation() == null) {
                throw unknownOperation(route.operationName());
            }
            Object input = route.protocol().decode(body, form, route.operation().inputType());
            CompletableFuture<?> result = route.operation().invoke(caller(exchange, scope), input).toCompletableFuture();
            if (result.isDone() && !result.isCompletedExceptionally()
                    && result.join() instanceof EventStreamResult stream) {
                if (!(route.protocol() instanceof AwsJsonProtocol json)) {
                    throw new IllegalStateException(route.operationName() + " streams only over a JSON protocol");
                }
                journal(route, 200, null);
                EventStreamResponder.start(exchange, json, stream, requestId);
            } else if (result.isDone()) {
                respond(exchange, route, encode(route, result, requestId));
            } else {
                suspend(exchange, route, result, requestId);
            }
        } catch (AwsException e) {
            respond(exchange, route, Answer.error(route, e, requestId));
        } catch (RuntimeException e) {
            respond(exchange, route, internalFailure(route, e, requestId));
        }
    }

    private Route route(String target, String contentType, Map<String, String> form, CredentialScope scope) {
        if (target != null) {
            Route route = router.byTarget(target, contentType);
            return route != null ? route : new Route(fallback(true), null, target);
        }
        String action = form.get("Action");
        if (action == null) {
            return new Route(router.byScopeOrFirst(scope).query(), null, null);
        }
        return router.byAction(action, form, scope);
    }

    private static AwsException unknownOperation(String name) {
        if (name == null) {
            return CommonError.MISSING_ACTION.exception("No action was supplied with this request.");
        }
        return CommonError.UNKNOWN_OPERATION.exception("The action " + name + " is not valid for this web service.");
    }

    private void suspend(HttpServerExchange exchange, Route route, CompletableFuture<?> result, String requestId) {
        exchange.dispatch(SameThreadExecutor.INSTANCE, () -> {
            Set<CompletableFuture<?>> pending = pendingOn(exchange.getConnection());
            pending.add(result);
            result.whenComplete((value, failure) -> exchange.getIoThread().execute(() -> {
                pending.remove(result);
                if (!result.isCancelled()) {
                    respond(exchange, route, encode(route, result, requestId));
                }
            }));
        });
    }

    /**
     * The results a connection waits for; one close listener per connection cancels them all, so a
     * client that hangs up stops its long polls, and long-lived connections collect no listeners.
     */
    private static Set<CompletableFuture<?>> pendingOn(ServerConnection connection) {
        Set<CompletableFuture<?>> pending = connection.getAttachment(PENDING);
        if (pending == null) {
            Set<CompletableFuture<?>> created = ConcurrentHashMap.newKeySet();
            connection.putAttachment(PENDING, created);
            connection.addCloseListener(closed -> created.forEach(future -> future.cancel(false)));
            pending = created;
        }
        return pending;
    }

    private Answer encode(Route route, CompletableFuture<?> result, String requestId) {
        try {
            return new Answer(route.protocol().encode(route.operationName(), result.join(), requestId), null);
        } catch (CompletionException e) {
            if (e.getCause() instanceof AwsException aws) {
                return Answer.error(route, aws, requestId);
            }
            return internalFailure(route, e.getCause(), requestId);
        } catch (RuntimeException e) {
            return internalFailure(route, e, requestId);
        }
    }

    private static Answer internalFailure(Route route, Throwable e, String requestId) {
        LOG.log(Level.WARNING, "request " + requestId + " failed", e);
        return Answer.error(route, CommonError.INTERNAL_FAILURE.exception(
                "We encountered an internal error. Please try again."), requestId);
    }

    private void respond(HttpServerExchange exchange, Route route, Answer answer) {
        journal(route, answer.response().status(), answer.errorCode());
        respond(exchange, answer.response());
    }

    /** Tells the listener; a failing listener must not cost the client its answer. */
    private void journal(Route route, int status, String errorCode) {
        String name = route.operationName();
        boolean unsupported = route.operation() == null && name != null && !name.isEmpty();
        WireProtocol protocol = route.protocol();
        ServiceEndpoint service = services.stream()
                .filter(candidate -> candidate.json() == protocol || candidate.cbor() == protocol
                        || candidate.query() == protocol)
                .findFirst().orElseThrow();
        String wire = service.json() == protocol ? "json" : service.cbor() == protocol ? "cbor" : "query";
        try {
            listener.handled(new HandledRequest(service.definition().signingName(), name, wire, status, errorCode,
                    unsupported));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "request listener failed", e);
        }
    }

    private static void respond(HttpServerExchange exchange, EncodedResponse response) {
        exchange.setStatusCode(response.status());
        HeaderMap headers = exchange.getResponseHeaders();
        headers.put(Headers.CONTENT_TYPE, response.contentType());
        response.headers().forEach((name, value) -> headers.put(new HttpString(name), value));
        exchange.getResponseSender().send(ByteBuffer.wrap(response.body()));
    }

    private static String contentType(HttpServerExchange exchange) {
        return exchange.getRequestHeaders().getFirst(Headers.CONTENT_TYPE);
    }

    private Caller caller(HttpServerExchange exchange, CredentialScope scope) {
        URI endpoint = URI.create(exchange.getRequestScheme() + "://" + exchange.getHostAndPort());
        return new Caller(scope.accountId(Caller.DEFAULT_ACCOUNT), scope.region(defaultRegion), endpoint);
    }

    /**
     * Query parameters from the URL and, for a form post, from the body; the body wins. A request to
     * a path other than the root also carries that path's URL as {@code QueueUrl} unless it names one.
     */
    private static Map<String, String> form(HttpServerExchange exchange, byte[] body) {
        Map<String, String> form = new LinkedHashMap<>();
        for (Map.Entry<String, Deque<String>> parameter : exchange.getQueryParameters().entrySet()) {
            form.put(parameter.getKey(), parameter.getValue().getFirst());
        }
        String contentType = exchange.getRequestHeaders().getFirst(Headers.CONTENT_TYPE);
        if (contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith(FORM)) {
            String text = new String(body, StandardCharsets.UTF_8);
            for (String pair : text.split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int equals = pair.indexOf('=');
                String name = equals < 0 ? pair : pair.substring(0, equals);
                String value = equals < 0 ? "" : pair.substring(equals + 1);
                try {
                    form.put(URLDecoder.decode(name, StandardCharsets.UTF_8), URLDecoder.decode(value, StandardCharsets.UTF_8));
                } catch (IllegalArgumentException e) {
                    // A malformed escape is skipped like AWS skips it; the operation then reports what is missing.
                    LOG.log(Level.FINE, "skipping malformed form parameter", e);
                }
            }
        }
        // SDK v1 over Query takes QueueUrl out of the parameters and posts to its path instead
        // (QueueUrlHandler), so the path is the queue's URL whenever the parameters lack one.
        String path = exchange.getRequestPath();
        if (!form.containsKey(QUEUE_URL) && path != null && !path.replace("/", "").isEmpty()) {
            form.put(QUEUE_URL, exchange.getRequestScheme() + "://" + exchange.getHostAndPort() + path);
        }
        return form;
    }

    private static String requestId() {
        return UUID.randomUUID().toString();
    }
}
