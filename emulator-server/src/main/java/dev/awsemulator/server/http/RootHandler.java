package dev.awsemulator.server.http;

import dev.awsemulator.core.common.AwsException;
import dev.awsemulator.core.common.Caller;
import dev.awsemulator.core.common.CommonError;
import dev.awsemulator.server.api.JsonFacts;
import dev.awsemulator.server.api.ServiceDefinition;
import dev.awsemulator.server.faults.Injection;
import dev.awsemulator.server.protocol.AwsJsonProtocol;
import dev.awsemulator.server.protocol.EncodedResponse;
import dev.awsemulator.server.protocol.WireFormat;
import dev.awsemulator.server.requests.HandledRequest;
import dev.awsemulator.server.requests.RequestListener;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.server.ServerConnection;
import io.undertow.server.handlers.HttpContinueReadHandler;
import io.undertow.util.AttachmentKey;
import io.undertow.util.Headers;
import io.undertow.util.HttpString;
import io.undertow.util.SameThreadExecutor;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Flow;
import java.util.concurrent.ThreadLocalRandom;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every AWS call enters here: the body is read without blocking, the request routed, decoded, offered
 * to the fault rules and handed to its operation. A result that is not ready yet (a long poll, a delayed
 * call) suspends the exchange with no thread held; it is answered on the connection's IO thread when the
 * result completes, and the wait is cancelled if the client goes away.
 */
public final class RootHandler implements HttpHandler {

    private static final Logger LOG = Logger.getLogger(RootHandler.class.getName());
    private static final HttpString AMZ_TARGET = new HttpString("X-Amz-Target");
    private static final AttachmentKey<Set<CompletableFuture<?>>> PENDING = AttachmentKey.create(Set.class);
    private static final AttachmentKey<Long> STARTED = AttachmentKey.create(Long.class);
    private static final AttachmentKey<CredentialScope> SCOPE = AttachmentKey.create(CredentialScope.class);
    private static final AttachmentKey<Injection> INJECTION = AttachmentKey.create(Injection.class);
    private static final String PREPARED_AUTHORIZATION = "AWS4-HMAC-SHA256 Credential=000000000000/20260101/"
            + "us-east-1/sqs/aws4_request, SignedHeaders=host, Signature=0";

    private static final long UUID_VERSION_BITS = 0xF000L;
    private static final long UUID_VERSION_4 = 0x4000L;
    private static final long UUID_VARIANT_BITS = 0xC000_0000_0000_0000L;
    private static final long UUID_VARIANT_IETF = 0x8000_0000_0000_0000L;

    /** The protocols a service's definition declares, as opposed to REST-JSON, read from its operations. */
    private static final List<WireFormat> DECLARED_WIRES = List.of(WireFormat.JSON, WireFormat.CBOR,
            WireFormat.QUERY);

    private final Router router;
    /** Reads the body; a client that sent {@code Expect: 100-continue} (an SDK streaming a payload) is told to go on. */
    private final HttpHandler bodyReader = new HttpContinueReadHandler(
            exchange -> RequestBody.receive(exchange, this::handle, (ex, e) -> rejectTooLarge(ex)));
    private final List<ServiceEndpoint> services;
    private final CallerDefaults callers;
    private final long maxRequestBytes;
    private final RequestListener listener;
    /** Null when signatures are not checked (the default: any credentials work). */
    private final SignatureVerifier verifier;
    private final FaultedCalls faults;

    /** {@code verifier} null when any credentials work. */
    public RootHandler(List<ServiceDefinition> definitions, CallerDefaults callers, long maxRequestBytes,
                       RequestListener listener, SignatureVerifier verifier, FaultedCalls faults) {
        this.verifier = verifier;
        this.faults = faults;
        this.services = definitions.stream().map(ServiceEndpoint::new).toList();
        this.router = new Router(services);
        this.callers = callers;
        this.maxRequestBytes = maxRequestBytes;
        this.listener = listener;
    }

    /**
     * Prepares, on a background thread, what the first request in each protocol a definition declares needs,
     * JSON first (what SDK v2 speaks to SQS and Kinesis): the first service's that speaks it, its operation
     * table and its codec. Jackson's set-up and the table are a large part of the work before the first
     * answer, and this way they overlap with starting the listener instead of delaying the first request.
     * Once a protocol's classes are loaded, another service's codec costs its first request little, and a
     * service never called costs nothing, so the others are left to their first use; REST-JSON, known from
     * the operation tables, is not prepared, since that would make every table. Before them, what every
     * request does: reading the credential scope of its signature.
     */
    public void prepareInBackground() {
        Thread preparing = new Thread(() -> {
            CredentialScope.of(PREPARED_AUTHORIZATION, null).accountId(callers.accountId());
            for (WireFormat wire : DECLARED_WIRES) {
                services.stream().filter(service -> service.speaks(wire)).findFirst().ifPresent(service -> {
                    service.definition().operations();
                    service.protocol(wire).prepare();
                });
            }
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
    public void handleRequest(HttpServerExchange exchange) throws Exception {
        exchange.putAttachment(STARTED, System.nanoTime());
        if (exchange.getRequestContentLength() > maxRequestBytes) {
            rejectTooLarge(exchange);
            return;
        }
        exchange.setMaxEntitySize(maxRequestBytes);
        bodyReader.handleRequest(exchange);
    }

    /** Answers a request whose body is too large, routed by what it carries besides the body. */
    private void rejectTooLarge(HttpServerExchange exchange) {
        Route route = route(exchange, new LinkedHashMap<>(), CredentialScope.NONE);
        respond(exchange, route, Answer.error(route, CommonError.REQUEST_TOO_LARGE.exception(
                "Request body must be at most " + maxRequestBytes + " bytes."), requestId()));
    }

    private void handle(HttpServerExchange exchange, byte[] body) {
        String requestId = requestId();
        boolean json = exchange.getRequestHeaders().contains(AMZ_TARGET);
        Map<String, String> form = json ? Map.of() : RequestForm.parameters(exchange, body);
        CredentialScope scope = CredentialScope.of(exchange.getRequestHeaders().getFirst(Headers.AUTHORIZATION),
                form.get("X-Amz-Credential"));
        exchange.putAttachment(SCOPE, scope);
        Route route = route(exchange, form, scope);
        try {
            if (verifier != null && route.signed()) {
                verifier.verify(exchange, body, answersWithJsonNames(route));
            }
            if (route.refusal() != null) {
                throw route.refusal();
            }
            Object input = route.protocol().decode(route.operation(), new ExchangeRequest(exchange, body, form,
                    route.labels()));
            Caller caller = callers.of(exchange, scope);
            Injection injection = faults.decide(route, caller, input);
            if (injection != null) {
                exchange.putAttachment(INJECTION, injection);
                if (injection instanceof Injection.Failure failure) {
                    throw failure.error();
                }
                if (injection instanceof Injection.DropConnection) {
                    journal(exchange, route, 0, null);
                    FaultedCalls.drop(exchange);
                    return;
                }
            }
            if (route.operation().streamsEvents()) {
                streamEvents(exchange, route, route.operation().subscribe(caller, input), requestId);
                return;
            }
            CompletableFuture<?> result = faults.invoke(exchange, route.operation(), caller, input, injection);
            if (result.isDone()) {
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

    private Route route(HttpServerExchange exchange, Map<String, String> form, CredentialScope scope) {
        return router.route(exchange.getRequestMethod().toString(), rawPath(exchange),
                exchange.getRequestHeaders().getFirst(AMZ_TARGET), contentType(exchange), form, scope,
                exchange.getRequestScheme() + "://" + exchange.getHostAndPort());
    }

    /** The path as the client sent it, percent-encoded: REST labels may hold an encoded slash. */
    private static String rawPath(HttpServerExchange exchange) {
        String uri = exchange.getRequestURI();
        int scheme = uri.indexOf("://");
        if (!uri.startsWith("/") && scheme >= 0) {
            int path = uri.indexOf('/', scheme + 3);
            return path < 0 ? "/" : uri.substring(path);
        }
        return uri;
    }

    private void streamEvents(HttpServerExchange exchange, Route route, Flow.Publisher<?> events, String requestId) {
        if (!(route.protocol() instanceof AwsJsonProtocol json)) {
            throw new IllegalStateException(route.operationName() + " streams only over a JSON protocol");
        }
        journal(exchange, route, 200, null);
        EventStreamResponder.start(exchange, json, route.operation().eventType(), events, requestId);
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
            return new Answer(route.protocol().encode(route.operation(), result.join(), requestId), null);
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
        journal(exchange, route, answer.response().status(), answer.errorCode());
        if (exchange.getAttachment(INJECTION) instanceof Injection.ResetMidBody) {
            FaultedCalls.cutOff(exchange, answer.response());
        } else {
            Responses.send(exchange, answer.response());
        }
    }

    /** Whether the route's protocol names errors as the JSON protocols do, unlike Query and SQS's query-compatible JSON. */
    private static boolean answersWithJsonNames(Route route) {
        JsonFacts json = route.service().definition().json();
        return route.wire() != WireFormat.QUERY && (json == null || !json.queryCompatible());
    }

    /**
     * Logs the request and tells the listener; a failing listener must not cost the client its answer. Status
     * 0: the connection was dropped before any answer.
     */
    private void journal(HttpServerExchange exchange, Route route, int status, String errorCode) {
        Injection injection = exchange.getAttachment(INJECTION);
        HandledRequest handled = new HandledRequest(route.service().signingName(), route.operationName(),
                route.wire().journalName(), status, errorCode, route.unsupported(),
                scopeOf(exchange).accountId(callers.accountId()), injection == null ? null : injection.rule().id());
        Long started = exchange.getAttachment(STARTED);
        RequestLog.log(handled, started == null ? 0 : System.nanoTime() - started);
        try {
            listener.handled(handled);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "request listener failed", e);
        }
    }

    /** The request's credential scope; a request refused before its body was read has only its header's. */
    private static CredentialScope scopeOf(HttpServerExchange exchange) {
        CredentialScope scope = exchange.getAttachment(SCOPE);
        return scope != null ? scope
                : CredentialScope.of(exchange.getRequestHeaders().getFirst(Headers.AUTHORIZATION), null);
    }

    private static String contentType(HttpServerExchange exchange) {
        return exchange.getRequestHeaders().getFirst(Headers.CONTENT_TYPE);
    }

    /**
     * A version 4 UUID, as AWS's request ids are. Nothing is keyed by a request id (it names the request in
     * answers and logs), so it comes from the thread's own generator: {@code UUID.randomUUID}'s secure one takes
     * a lock and reads {@code /dev/urandom}, a few per cent of a SendMessage's CPU.
     */
    private static String requestId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return new UUID(random.nextLong() & ~UUID_VERSION_BITS | UUID_VERSION_4,
                random.nextLong() & ~UUID_VARIANT_BITS | UUID_VARIANT_IETF).toString();
    }
}
