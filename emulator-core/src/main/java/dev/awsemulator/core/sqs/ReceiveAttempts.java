package dev.awsemulator.core.sqs;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A FIFO queue's receives by ReceiveRequestAttemptId, for five minutes: a retry with the same id gets the
 * same messages back (ReceiveRequestAttemptId docs). Not thread-safe: used under the owning queue's lock.
 */
final class ReceiveAttempts {

    private static final long WINDOW_MILLIS = Duration.ofMinutes(5).toMillis();

    private final Map<String, Attempt> attempts = new HashMap<>();

    /** What an earlier receive with this id took, if it was within the window; null otherwise. */
    List<ReceivedMessage> earlier(String attemptId, long now) {
        Attempt earlier = attempts.get(attemptId);
        if (earlier == null || earlier.expiresAt <= now) {
            attempts.remove(attemptId);
            return null;
        }
        return earlier.received;
    }

    /** The earlier receive no longer stands: its messages were deleted, received again or reappeared. */
    void forget(String attemptId) {
        attempts.remove(attemptId);
    }

    void remember(String attemptId, List<ReceivedMessage> received, long now) {
        attempts.values().removeIf(attempt -> attempt.expiresAt <= now);
        attempts.put(attemptId, new Attempt(received, now + WINDOW_MILLIS));
    }

    void clear() {
        attempts.clear();
    }

    private record Attempt(List<ReceivedMessage> received, long expiresAt) {
    }
}
