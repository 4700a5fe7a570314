package dev.awsemulator.server.http;

import dev.awsemulator.server.requests.HandledRequest;

import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One line per answered AWS call: at debug level ({@code FINE}) when it succeeded, at info with its
 * AWS error code when it failed, so a default console stays quiet and {@code --log-level info} shows
 * only what went wrong. A call a fault rule acted on names the rule.
 */
final class RequestLog {

    private static final Logger LOG = Logger.getLogger("dev.awsemulator.requests");

    private RequestLog() {
    }

    static void log(HandledRequest request, long nanos) {
        Level level = request.errorCode() == null ? Level.FINE : Level.INFO;
        if (!LOG.isLoggable(level)) {
            return;
        }
        String operation = request.operation() == null || request.operation().isEmpty() ? "(no operation)"
                : request.operation();
        LOG.log(level, String.format(Locale.ROOT, "%s %s %s %d%s%s %.1f ms", request.service(), operation,
                request.protocol(), request.status(), request.errorCode() == null ? "" : " " + request.errorCode(),
                request.faultRule() == null ? "" : " (fault rule " + request.faultRule() + ")", nanos / 1e6));
    }
}
