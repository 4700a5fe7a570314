package dev.awsemulator.server.http;

import dev.awsemulator.core.common.AwsException;
import dev.awsemulator.core.common.CommonError;
import dev.awsemulator.server.api.EventStreamResult;
import dev.awsemulator.server.eventstream.EventStreamMessage;
import dev.awsemulator.server.protocol.AwsJsonProtocol;
import io.undertow.io.IoCallback;
import io.undertow.io.Sender;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import io.undertow.util.HttpString;
import io.undertow.util.SameThreadExecutor;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Map;
import java.util.concurrent.Flow;

/**
 * Streams an operation's events as event-stream messages. Every write happens on the connection's
 * IO thread, one message at a time; the next event is requested only when the previous one is
 * written, so a slow client slows the publisher instead of filling memory, and no thread waits.
 */
final class EventStreamResponder implements Flow.Subscriber<Object>, IoCallback {

    private final HttpServerExchange exchange;
    private final AwsJsonProtocol json;
    private final String eventType;
    private final ArrayDeque<ByteBuffer> queue = new ArrayDeque<>();
    private Flow.Subscription subscription;
    private boolean writing;
    private boolean finished;
    private boolean closed;

    private EventStreamResponder(HttpServerExchange exchange, AwsJsonProtocol json, String eventType) {
        this.exchange = exchange;
        this.json = json;
        this.eventType = eventType;
    }

    /** Starts the response: status, headers, the initial-response message, then the events. */
    static void start(HttpServerExchange exchange, AwsJsonProtocol json, EventStreamResult result, String requestId) {
        EventStreamResponder responder = new EventStreamResponder(exchange, json, result.eventType());
        exchange.setStatusCode(200);
        exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "application/vnd.amazon.eventstream");
        exchange.getResponseHeaders().put(new HttpString("x-amzn-RequestId"), requestId);
        exchange.dispatch(SameThreadExecutor.INSTANCE, () -> {
            // A client that hangs up ends the exchange: the publisher then stops and drops its timers.
            exchange.addExchangeCompleteListener((ex, next) -> {
                responder.cancel();
                next.proceed();
            });
            // botocore insists on initial-response as the first message; SDK v2 accepts it.
            responder.enqueue(EventStreamMessage.event("initial-response", "{}".getBytes(StandardCharsets.UTF_8)));
            result.events().subscribe(responder);
        });
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
        exchange.getIoThread().execute(() -> {
            this.subscription = subscription;
            if (closed) {
                subscription.cancel();
            } else {
                subscription.request(1);
            }
        });
    }

    @Override
    public void onNext(Object event) {
        byte[] payload = json.document(event);
        exchange.getIoThread().execute(() -> enqueue(EventStreamMessage.event(eventType, payload)));
    }

    @Override
    public void onError(Throwable failure) {
        AwsException error = failure instanceof AwsException aws ? aws
                : CommonError.INTERNAL_FAILURE.exception("We encountered an internal error. Please try again.");
        byte[] payload = json.document(Map.of("message", String.valueOf(error.getMessage())));
        exchange.getIoThread().execute(() -> {
            enqueue(EventStreamMessage.exception(error.errorCode().code(), payload));
            finish();
        });
    }

    @Override
    public void onComplete() {
        exchange.getIoThread().execute(this::finish);
    }

    private void finish() {
        finished = true;
        writeNext();
    }

    private void enqueue(ByteBuffer message) {
        if (closed) {
            return;
        }
        queue.addLast(message);
        writeNext();
    }

    private void writeNext() {
        if (writing || closed) {
            return;
        }
        ByteBuffer next = queue.pollFirst();
        if (next != null) {
            writing = true;
            exchange.getResponseSender().send(next, this);
        } else if (finished) {
            closed = true;
            exchange.endExchange();
        }
    }

    @Override
    public void onComplete(HttpServerExchange ignored, Sender sender) {
        writing = false;
        if (queue.isEmpty() && !finished && subscription != null) {
            subscription.request(1);
        }
        writeNext();
    }

    @Override
    public void onException(HttpServerExchange ignored, Sender sender, IOException exception) {
        writing = false;
        cancel();
        exchange.endExchange();
    }

    private void cancel() {
        closed = true;
        queue.clear();
        if (subscription != null) {
            subscription.cancel();
        }
    }
}
