package dev.awsemulator.core.sns;

import dev.awsemulator.core.common.DeferredText;
import dev.awsemulator.core.sns.delivery.HttpDelivery;
import dev.awsemulator.core.time.Clock;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * HTTP/S delivery with AWS's retry rules: 2xx is delivered; server errors, throttling and no answer
 * are retried after the policy's delays, on the emulator's clock; other client errors are final.
 */
final class HttpSender {

    private final Clock clock;
    private final HttpDelivery delivery;

    HttpSender(Clock clock, HttpDelivery delivery) {
        this.clock = clock;
        this.delivery = delivery;
    }

    void send(Delivery record, URI endpoint, Map<String, String> headers, DeferredText body, DeliveryPolicy policy,
              Runnable onGiveUp) {
        Map<String, String> all = new LinkedHashMap<>(headers);
        all.put("Content-Type", policy.headerContentType());
        all.put("User-Agent", "Amazon Simple Notification Service Agent");
        attempt(new Attempt(record, endpoint, Map.copyOf(all), body, policy, onGiveUp), 0);
    }

    private void attempt(Attempt attempt, int retry) {
        attempt.record.attempted();
        delivery.post(attempt.endpoint, attempt.headers, attempt.body).whenComplete((status, error) -> {
            if (error == null && status >= 200 && status < 300) {
                attempt.record.update(Delivery.Status.DELIVERED, null);
                return;
            }
            String why = error != null ? "no response: " + rootMessage(error) : "HTTP status " + status;
            boolean retryable = error != null || status >= 500 || status == 429;
            if (retryable && retry < attempt.policy.numRetries()) {
                attempt.record.update(Delivery.Status.PENDING, why + "; retry " + (retry + 1) + " scheduled");
                clock.schedule(attempt.policy.delayBefore(retry + 1), () -> attempt(attempt, retry + 1));
            } else {
                attempt.record.update(Delivery.Status.FAILED, why);
                attempt.onGiveUp.run();
            }
        });
    }

    private static String rootMessage(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }

    private record Attempt(Delivery record, URI endpoint, Map<String, String> headers, DeferredText body,
                           DeliveryPolicy policy, Runnable onGiveUp) {
    }
}
