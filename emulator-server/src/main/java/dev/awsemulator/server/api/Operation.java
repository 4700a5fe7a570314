package dev.awsemulator.server.api;

import dev.awsemulator.core.common.Caller;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * One AWS operation: its name, its input type (a record named after the AWS shape, which the codecs
 * decode) and the core call that answers it. Output null means an empty result.
 */
public record Operation<I>(String name, Class<I> inputType, Handler<I> handler) {

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

    public static <I> Operation<I> of(String name, Class<I> inputType, SyncHandler<I> handler) {
        return new Operation<>(name, inputType,
                (caller, input) -> CompletableFuture.completedFuture(handler.handle(caller, input)));
    }

    public static <I> Operation<I> empty(String name, Class<I> inputType, VoidHandler<I> handler) {
        return new Operation<>(name, inputType, (caller, input) -> {
            handler.handle(caller, input);
            return CompletableFuture.completedFuture(null);
        });
    }

    public static <I> Operation<I> async(String name, Class<I> inputType, Handler<I> handler) {
        return new Operation<>(name, inputType, handler);
    }

    @SuppressWarnings("unchecked")
    public CompletionStage<?> invoke(Caller caller, Object input) {
        return handler.handle(caller, (I) input);
    }
}
