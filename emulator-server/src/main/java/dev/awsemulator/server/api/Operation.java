package dev.awsemulator.server.api;

import dev.awsemulator.core.common.Caller;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * One AWS operation: its name, its input type (a record named after the AWS shape, which the codecs
 * decode) and the core call that answers it. Output null means an empty result. An operation either
 * answers once or, declared with {@link #eventStream}, with a stream of events; a REST operation
 * also carries its {@link HttpBinding}, and a batch operation how its entries split ({@link BatchEntries}).
 */
public final class Operation<I> {

    @FunctionalInterface
    public interface Handler<I> {
        CompletionStage<?> handle(Caller caller, I input);
    }

    @FunctionalInterface
    public interface SyncHandler<I> {
        Object handle(Caller caller, I input);
    }

    @FunctionalInterface
    public interface VoidHandler<I> {
        void handle(Caller caller, I input);
    }

    @FunctionalInterface
    public interface EventStreamHandler<I> {
        /** The events; an error before the stream starts is thrown, one after it ends the stream. */
        Flow.Publisher<?> subscribe(Caller caller, I input);
    }

    private final String name;
    private final Class<I> inputType;
    private final Handler<I> handler;
    private final String eventType;
    private final EventStreamHandler<I> events;
    private final HttpBinding http;
    private final BatchEntries<I, ?, ?> batch;

    private Operation(String name, Class<I> inputType, Handler<I> handler, String eventType,
                      EventStreamHandler<I> events, HttpBinding http, BatchEntries<I, ?, ?> batch) {
        this.name = name;
        this.inputType = inputType;
        this.handler = handler;
        this.eventType = eventType;
        this.events = events;
        this.http = http;
        this.batch = batch;
    }

    public static <I> Operation<I> of(String name, Class<I> inputType, SyncHandler<I> handler) {
        return async(name, inputType, (caller, input) -> CompletableFuture.completedFuture(handler.handle(caller, input)));
    }

    public static <I> Operation<I> empty(String name, Class<I> inputType, VoidHandler<I> handler) {
        return async(name, inputType, (caller, input) -> {
            handler.handle(caller, input);
            return CompletableFuture.completedFuture(null);
        });
    }

    public static <I> Operation<I> async(String name, Class<I> inputType, Handler<I> handler) {
        return new Operation<>(name, inputType, handler, null, null, null, null);
    }

    /**
     * An operation answered with an event stream (Kinesis SubscribeToShard): every event is a message
     * of {@code eventType}, encoded with the operation's JSON codec.
     */
    public static <I> Operation<I> eventStream(String name, Class<I> inputType, String eventType,
                                               EventStreamHandler<I> handler) {
        return new Operation<>(name, inputType, null, eventType, handler, null, null);
    }

    /** This operation, reached over REST-JSON as {@code http} says. */
    public Operation<I> at(HttpBinding binding) {
        return new Operation<>(name, inputType, handler, eventType, events, binding, batch);
    }

    /** This operation, a batch whose entries split and fail as {@code entries} says. */
    public Operation<I> batch(BatchEntries<I, ?, ?> entries) {
        return new Operation<>(name, inputType, handler, eventType, events, http, entries);
    }

    public String name() {
        return name;
    }

    public Class<I> inputType() {
        return inputType;
    }

    /** Where its members travel over REST-JSON; null for an operation of the other protocols. */
    public HttpBinding http() {
        return http;
    }

    /** How its entries split, if it is a batch operation; null otherwise. */
    public BatchEntries<I, ?, ?> batch() {
        return batch;
    }

    /** The event type of its stream; null unless it {@linkplain #streamsEvents() streams events}. */
    public String eventType() {
        return eventType;
    }

    public boolean streamsEvents() {
        return events != null;
    }

    @SuppressWarnings("unchecked")
    public CompletionStage<?> invoke(Caller caller, Object input) {
        if (handler == null) {
            throw new IllegalStateException(name + " answers with an event stream: subscribe to it");
        }
        return handler.handle(caller, (I) input);
    }

    @SuppressWarnings("unchecked")
    public Flow.Publisher<?> subscribe(Caller caller, Object input) {
        if (events == null) {
            throw new IllegalStateException(name + " answers once: invoke it");
        }
        return events.subscribe(caller, (I) input);
    }

    @Override
    public String toString() {
        return http == null ? name : name + " (" + http + ")";
    }
}
