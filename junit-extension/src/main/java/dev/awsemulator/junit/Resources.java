package dev.awsemulator.junit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The resources a test class declares, in the config file's words (section, then one entry's keys), so
 * that the server reads, checks and creates them as it does a config file's: created when the emulator
 * starts and again, empty, after every reset, after the config file's.
 */
final class Resources {

    private final Map<String, List<Map<String, Object>>> sections = new LinkedHashMap<>();

    void add(String section, Map<String, ?> entry) {
        sections.computeIfAbsent(section, key -> new ArrayList<>()).add(Map.copyOf(entry));
    }

    /** The declarations as a config tree: {@code {"queues": [{"name": "jobs"}], ...}}. */
    Map<String, List<Map<String, Object>>> tree() {
        Map<String, List<Map<String, Object>>> copy = new LinkedHashMap<>();
        sections.forEach((section, entries) -> copy.put(section, List.copyOf(entries)));
        return copy;
    }
}
