package dev.awsemulator.server.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.awsemulator.core.common.AwsException;
import dev.awsemulator.core.common.Caller;
import dev.awsemulator.core.common.CommonError;
import dev.awsemulator.server.api.MessagePeek;
import dev.awsemulator.server.api.ServiceDefinition;
import dev.awsemulator.server.protocol.WireProtocol;
import dev.awsemulator.server.requests.HandledRequest;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import io.undertow.util.HttpString;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * LocalStack's SQS developer endpoint, so scripts and tests written for it keep working: a
 * ReceiveMessage-shaped answer listing a queue's messages without receiving them. Reached as
 * {@code /_aws/sqs/messages?QueueUrl=...} (GET, or POST with a form), as an SDK's ReceiveMessage
 * sent to that path (the SDK's endpoint set to it; answered in the request's protocol), or as
 * {@code /_aws/sqs/messages/<region>/<account>/<queue>}. {@code ShowInvisible} and
 * {@code ShowDelayed} add the messages in flight and those delayed.
 */
public final class SqsPeekHandler implements HttpHandler {

    static final String PATH = "/_aws/sqs/messages";
    private static final HttpString AMZ_TARGET = new HttpString("X-Amz-Target");
    private static final long MAX_REQUEST_BYTES = 64 * 1024;

    private final HttpHandler next;
    private final ServiceEndpoint sqs;
    private final MessagePeek peek;
    private final CallerDefaults callers;

    public SqsPeekHandler(HttpHandler next, ServiceDefinition sqs, MessagePeek peek, CallerDefaults callers) {
        this.next = next;
        this.sqs = ServiceEndpoint.of(sqs);
        this.peek = peek;
        this.callers = callers;
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) throws Exception {
        String path = exchange.getRequestPath();
        if (!path.equals(PATH) && !path.startsWith(PATH + "/")) {
            next.handleRequest(exchange);
            return;
        }
        long started = System.nanoTime();
        exchange.setMaxEntitySize(MAX_REQUEST_BYTES);
        RequestBody.receive(exchange, (ex, body) -> answer(ex, body, started),
                (ex, e) -> answer(ex, new byte[0], started));
    }

    private void answer(HttpServerExchange exchange, byte[] body, long started) {
        String target = exchange.getRequestHeaders().getFirst(AMZ_TARGET);
        boolean json = target != null;
        WireProtocol protocol = json ? sqs.json() : sqs.query();
        String requestId = UUID.randomUUID().toString();
        int status;
        String errorCode = null;
        String accountId = callers.accountId();
        try {
            Map<String, String> parameters = RequestForm.parameters(exchange, body);
            String action = json ? target.substring(target.lastIndexOf('.') + 1) : parameters.get("Action");
            if (action != null && !action.equals("ReceiveMessage")) {
                throw CommonError.INVALID_REQUEST.exception("This endpoint only accepts ReceiveMessage calls");
            }
            if (json) {
                jsonMembers(body, parameters);
            }
            Caller caller = callers.of(exchange,
                    CredentialScope.of(exchange.getRequestHeaders().getFirst(Headers.AUTHORIZATION),
                            parameters.get("X-Amz-Credential")));
            String queueUrl = parameters.get("QueueUrl");
            String[] segments = path(exchange).split("/");
            if (segments.length == 3) {
                caller = new Caller(segments[1], segments[0], caller.endpoint());
                queueUrl = caller.endpoint() + "/" + segments[1] + "/" + segments[2];
            }
            accountId = caller.accountId();
            Object result = peek.peek(caller, queueUrl, flag(parameters, "ShowInvisible"), flag(parameters, "ShowDelayed"));
            var response = protocol.encode("ReceiveMessage", result, requestId);
            status = response.status();
            Responses.send(exchange, response);
        } catch (AwsException e) {
            var response = protocol.encodeError(e, requestId);
            status = response.status();
            errorCode = e.errorCode().code();
            Responses.send(exchange, response);
        }
        RequestLog.log(new HandledRequest("sqs", "(peek)", json ? "json" : "query", status, errorCode, false, accountId),
                System.nanoTime() - started);
    }

    /** What follows the endpoint's path: {@code region/account/queue} in the path form, else empty. */
    private static String path(HttpServerExchange exchange) {
        String rest = exchange.getRequestPath().substring(PATH.length());
        return rest.startsWith("/") ? rest.substring(1) : rest;
    }

    /** An SDK's ReceiveMessage names the queue in its JSON body; flags may come there too. */
    private static void jsonMembers(byte[] body, Map<String, String> parameters) {
        if (body.length == 0) {
            return;
        }
        JsonNode tree;
        try {
            tree = PeekJson.MAPPER.readTree(body);
        } catch (IOException e) {
            throw CommonError.SERIALIZATION.exception("The request body is not JSON.");
        }
        for (String member : new String[] {"QueueUrl", "ShowInvisible", "ShowDelayed"}) {
            JsonNode value = tree == null ? null : tree.get(member);
            if (value != null && !value.isNull()) {
                parameters.put(member, value.asText());
            }
        }
    }

    private static boolean flag(Map<String, String> parameters, String name) {
        String value = parameters.getOrDefault(name, "").toLowerCase(Locale.ROOT);
        return value.equals("true") || value.equals("1");
    }

    /**
     * The mapper for peek requests, made on the first one: made with the handler, it held the start-up
     * thread while the codecs' preparation owned Jackson's class initialisation.
     */
    private static final class PeekJson {
        static final ObjectMapper MAPPER = new ObjectMapper();
    }
}
