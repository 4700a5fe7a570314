package dev.awsemulator.server.http;

import dev.awsemulator.core.common.Caller;
import dev.awsemulator.core.time.Clock;
import dev.awsemulator.server.api.Operation;
import dev.awsemulator.server.faults.FaultRegistry;
import dev.awsemulator.server.faults.Injection;
import dev.awsemulator.server.protocol.EncodedResponse;
import io.undertow.server.HttpServerExchange;
import org.xnio.ChannelListener;
import org.xnio.IoUtils;
import org.xnio.XnioExecutor;
import org.xnio.channels.StreamSinkChannel;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;

/**
 * Carries out what fault rules do to calls, in the request pipeline after decoding and before the operation
 * runs: delays hold no thread (a timer on the emulator's clock or on the connection's IO thread completes
 * them), a partial batch runs the entries left and reports the others failed, a dropped call closes the
 * connection, a reset one sends half its answer first. Failures need nothing here: they are thrown as the
 * operation's own errors would be.
 */
public final class FaultedCalls {

    private final FaultRegistry registry;

    /** Rules from {@code registry}; delays not in real time run on its clock, the emulator's. */
    public FaultedCalls(FaultRegistry registry) {
        this.registry = registry;
    }

    /** What a rule does to this AWS call, or null; the emulator's own endpoints are never faulted. */
    Injection decide(Route route, Caller caller, Object input) {
        return route.signed() ? registry.decide(route.service().definition(), route.operation(), caller, input) : null;
    }

    /** Runs the call as {@code injection} says: now, after a delay, or with some batch entries failed. */
    CompletableFuture<?> invoke(HttpServerExchange exchange, Operation<?> operation, Caller caller, Object input,
                                Injection injection) {
        if (injection instanceof Injection.Delay delay) {
            CompletableFuture<Void> waited = new CompletableFuture<>();
            Runnable cancel = schedule(exchange, delay, () -> waited.complete(null));
            CompletableFuture<?> result = waited.thenCompose(ignored -> operation.invoke(caller, input));
            result.whenComplete((value, failure) -> {
                if (result.isCancelled()) {
                    cancel.run(); // the client went away: the call never runs
                }
            });
            return result;
        }
        if (injection instanceof Injection.PartialBatch batch) {
            CompletionStage<?> ran = batch.remainingInput() == null ? CompletableFuture.completedFuture(null)
                    : operation.invoke(caller, batch.remainingInput());
            return ran.thenApply(batch::withFailed).toCompletableFuture();
        }
        return operation.invoke(caller, input).toCompletableFuture();
    }

    private Runnable schedule(HttpServerExchange exchange, Injection.Delay delay, Runnable task) {
        if (delay.due() == null) {
            XnioExecutor.Key key = exchange.getIoThread().executeAfter(task, delay.delay().toMillis(),
                    TimeUnit.MILLISECONDS);
            return key::remove;
        }
        Clock clock = registry.clock();
        Duration left = Duration.between(clock.now(), delay.due());
        if (left.isNegative() || left.isZero()) {
            task.run(); // the clock passed the due time while the call was on its way here
            return () -> { };
        }
        return clock.schedule(left, task)::cancel;
    }

    /** Closes the connection without a word: the client sees it end before any answer. */
    static void drop(HttpServerExchange exchange) {
        IoUtils.safeClose(exchange.getConnection());
    }

    /**
     * Sends the answer's head, with its full Content-Length, and the first half of its body, then closes the
     * connection, as when an answer is lost on its way: the client cannot read the rest.
     */
    static void cutOff(HttpServerExchange exchange, EncodedResponse response) {
        Responses.head(exchange, response);
        exchange.setResponseContentLength(response.body().length);
        ByteBuffer half = ByteBuffer.wrap(response.body(), 0, response.body().length / 2);
        StreamSinkChannel channel = exchange.getResponseChannel();
        ChannelListener<StreamSinkChannel> writer = sink -> {
            try {
                while (half.hasRemaining()) {
                    if (sink.write(half) == 0) {
                        sink.resumeWrites();
                        return;
                    }
                }
                if (!sink.flush()) {
                    sink.resumeWrites();
                    return;
                }
                sink.suspendWrites();
            } catch (IOException e) {
                // the client is gone already; closing is all that is left
            }
            drop(exchange);
        };
        channel.getWriteSetter().set(writer);
        writer.handleEvent(channel);
    }
}
