package dev.awsemulator.server.requests;

/**
 * Told about every answered request, on the IO thread that answers it, so it must be quick and
 * thread-safe. A journal for tests (which operations ran, which failed) without touching any service.
 */
@FunctionalInterface
public interface RequestListener {

    RequestListener NONE = request -> { };

    void handled(HandledRequest request);

    /** This listener, then {@code next}: a failure here skips {@code next}, so put the one that cannot fail first. */
    default RequestListener andThen(RequestListener next) {
        return request -> {
            handled(request);
            next.handled(request);
        };
    }
}
