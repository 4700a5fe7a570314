package dev.awsemulator.server.config;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

/**
 * The resources a config file (or a test's declarations) asks for, by section, created when the emulator
 * starts and again, empty, after each reset. Attribute and tag values are AWS's own (the same names and
 * strings as the APIs take), so the services check them as they check API calls; reading checks only what
 * ties the entries together (names, references). Read one with {@link ConfigReader}.
 */
public final class EmulatorConfig {

    public static final EmulatorConfig EMPTY = new EmulatorConfig(Map.of());

    /** Non-empty sections, in the order of the reader's sections, which is the order they are created in. */
    private final Map<ConfigSection<?>, List<?>> sections;

    EmulatorConfig(Map<ConfigSection<?>, List<?>> sections) {
        Map<ConfigSection<?>, List<?>> kept = new LinkedHashMap<>();
        sections.forEach((section, entries) -> {
            if (!entries.isEmpty()) {
                kept.put(section, List.copyOf(entries));
            }
        });
        this.sections = Collections.unmodifiableMap(kept);
    }

    /** The entries of one section, as written; empty if the config has none. */
    @SuppressWarnings("unchecked")
    public <E> List<E> entries(ConfigSection<E> section) {
        return (List<E>) sections.getOrDefault(section, List.of());
    }

    Set<ConfigSection<?>> sections() {
        return sections.keySet();
    }

    /** The names section {@code sectionKey} declares. */
    Set<String> names(String sectionKey) {
        Set<String> names = new LinkedHashSet<>();
        sections.forEach((section, entries) -> {
            if (section.key().equals(sectionKey)) {
                names.addAll(namesOf(section));
            }
        });
        return names;
    }

    /** Each entry's name, in order (null where one is missing); empty for unnamed sections. */
    <E> List<String> namesOf(ConfigSection<E> section) {
        List<String> names = new ArrayList<>();
        if (section.named()) {
            entries(section).forEach(entry -> names.add(section.name(entry)));
        }
        return names;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof EmulatorConfig config && sections.equals(config.sections);
    }

    @Override
    public int hashCode() {
        return sections.hashCode();
    }

    @Override
    public String toString() {
        StringJoiner text = new StringJoiner(", ", "EmulatorConfig{", "}");
        sections.forEach((section, entries) -> text.add(section.key() + "=" + entries));
        return text.toString();
    }
}
