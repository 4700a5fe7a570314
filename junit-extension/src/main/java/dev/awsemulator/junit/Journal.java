package dev.awsemulator.junit;

import dev.awsemulator.server.requests.HandledRequest;

import java.util.ArrayList;
import java.util.List;

/** The requests an emulator answered; written from IO threads, read from the test. */
final class Journal {

    private final List<HandledRequest> entries = new ArrayList<>();
    private int checked;

    synchronized void add(HandledRequest request) {
        entries.add(request);
    }

    synchronized List<HandledRequest> entries() {
        return List.copyOf(entries);
    }

    synchronized void clear() {
        entries.clear();
        checked = 0;
    }

    /** The unsupported operations called since the last time this was asked. */
    synchronized List<HandledRequest> newUnsupported() {
        List<HandledRequest> fresh = entries.subList(checked, entries.size()).stream()
                .filter(HandledRequest::unsupportedOperation).toList();
        checked = entries.size();
        return fresh;
    }
}
