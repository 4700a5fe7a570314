package dev.awsemulator.server.http;

import dev.awsemulator.core.common.AwsException;
import dev.awsemulator.core.common.CommonError;
import dev.awsemulator.server.eventstream.EventStreamMessage;
import dev.awsemulator.server.protocol.AwsJsonProtocol;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import io.undertow.util.HttpString;
import io.undertow.util.SameThreadExecutor;
import org.xnio.IoUtils;
import org.xnio.channels.StreamSinkChannel;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Map;
import java.util.concurrent.Flow;

/**
 * Streams an operation's events as event-stream messages on the response channel. Every write and
 * flush happens on the connection's IO thread (HTTP/2 holds data until flushed); the next event is
 * requested only when the previous ones are flushed, so a slow client slows the publisher instead of
 * filling memory, and no thread waits.
 */
final class EventStreamResponder implements Flow.Subscriber<Object> {

    private final HttpServerExchange exchange;
    private final AwsJsonProtocol json;
    private final String eventType;
    private final ArrayDeque<ByteBuffer> queue = new ArrayDeque<>();
    private StreamSinkChannel sink;
    private Flow.Subscription subscription;
    private boolean finished;
    private boolean closed;

    private EventStreamResponder(HttpServerExchange exchange, AwsJsonProtocol json, String eventType) {
        this.exchange = exchange;
        this.json = json;
        this.eventType = eventType;
    }

    /** Starts the response: status, headers, the initial-response message, then the events. */
    static void start(HttpServerExchange exchange, AwsJsonProtocol json, String eventType, Flow.Publisher<?> events,
                      String requestId) {
        EventStreamResponder responder = new EventStreamResponder(exchange, json, eventType);
        exchange.setStatusCode(200);
        exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "application/vnd.amazon.eventstream");
        exchange.getResponseHeaders().put(new HttpString("x-amzn-RequestId"), requestId);
        exchange.dispatch(SameThreadExecutor.INSTANCE, () -> {
            responder.sink = exchange.getResponseChannel();
            responder.sink.getWriteSetter().set(channel -> responder.drain());
            // A client that hangs up closes the channel: the publisher then stops and drops its timers.
            responder.sink.getCloseSetter().set(channel -> responder.cancel());
            // botocore insists on initial-response as the first message; SDK v2 accepts it.
            responder.enqueue(EventStreamMessage.event("initial-response", "{}".getBytes(StandardCharsets.UTF_8)));
            events.subscribe(responder);
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
            finished = true;
            enqueue(EventStreamMessage.exception(error.errorCode().code(), payload));
        });
    }

    @Override
    public void onComplete() {
        exchange.getIoThread().execute(() -> {
            finished = true;
            drain();
        });
    }

    private void enqueue(ByteBuffer message) {
        if (!closed) {
            queue.addLast(message);
            drain();
        }
    }

    /** Writes what is queued and flushes it; resumes on the write listener when the channel is full. */
    private void drain() {
        if (closed || sink == null) {
            return;
        }
        try {
            ByteBuffer head;
            while ((head = queue.peekFirst()) != null) {
                sink.write(head);
                if (head.hasRemaining()) {
                    sink.resumeWrites();
                    return;
                }
                queue.pollFirst();
            }
            if (finished) {
                sink.shutdownWrites();
            }
            if (!sink.flush()) {
                sink.resumeWrites();
                return;
            }
            sink.suspendWrites();
            if (finished) {
                closed = true;
                exchange.endExchange();
            } else if (subscription != null) {
                subscription.request(1);
            }
        } catch (IOException e) {
            cancel();
            IoUtils.safeClose(exchange.getConnection());
        }
    }

    private void cancel() {
        closed = true;
        queue.clear();
        if (subscription != null) {
            subscription.cancel();
        }
    }
}
