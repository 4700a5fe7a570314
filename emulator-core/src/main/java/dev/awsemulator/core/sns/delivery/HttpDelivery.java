package dev.awsemulator.core.sns.delivery;

import dev.awsemulator.core.common.DeferredText;

import java.net.URI;
import java.util.Map;
import java.util.concurrent.CompletionStage;

/** How SNS POSTs to an HTTP or HTTPS subscriber; the server module implements it. */
@FunctionalInterface
public interface HttpDelivery {

    /**
     * Completes with the response status, or exceptionally when no response came. The body may be unfinished
     * (a notification not signed yet): an implementation finishes it off the calling thread, which is the
     * publishing request's, as it sends; its UTF-8 length is known without finishing it.
     */
    CompletionStage<Integer> post(URI endpoint, Map<String, String> headers, DeferredText body);

    /** For emulators without a network: every HTTP delivery fails. */
    HttpDelivery UNAVAILABLE = (endpoint, headers, body) -> java.util.concurrent.CompletableFuture.failedFuture(
            new DeliveryFailedException("HTTP delivery is not available in this emulator"));
}
