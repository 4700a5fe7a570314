package dev.awsemulator.server.dashboard;

import java.util.List;

/** The request journal, newest first: the last {@code capacity} AWS calls the server answered. */
record RequestsView(int capacity, List<RequestView> requests) {

    record RequestView(long number, String answeredAt, String service, String operation, String protocol,
                       int status, String errorCode, boolean unsupportedOperation, String faultRule) {
    }

    static RequestsView of(RecentRequests recent) {
        return new RequestsView(recent.capacity(), recent.newestFirst().stream()
                .map(entry -> new RequestView(entry.number(), entry.answeredAt().toString(),
                        entry.request().service(), entry.request().operation(), entry.request().protocol(),
                        entry.request().status(), entry.request().errorCode(),
                        entry.request().unsupportedOperation(), entry.request().faultRule()))
                .toList());
    }
}
