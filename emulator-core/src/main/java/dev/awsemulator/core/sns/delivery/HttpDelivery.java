package dev.awsemulator.core.sns.delivery;

import java.net.URI;
import java.util.Map;
import java.util.concurrent.CompletionStage;

/** How SNS POSTs to an HTTP or HTTPS subscriber; the server module implements it. */
@FunctionalInterface
public interface HttpDelivery {

    /** Completes with the response status, or exceptionally when no response came. */
    CompletionStage<Integer> post(URI endpoint, Map<String, String> headers, String body);

    /** For emulators without a network: every HTTP delivery fails. */
    HttpDelivery UNAVAILABLE = (endpoint, headers, body) -> java.util.concurrent.CompletableFuture.failedFuture(
            new DeliveryFailedException("HTTP delivery is not available in this emulator"));
}
