package dev.awsemulator.server.config;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** How entry records normalise what the file left out: absent lists and maps are empty, never null. */
public final class ConfigValues {

    private ConfigValues() {
    }

    /** The list without its empty items ({@code - } alone on a line), or empty. */
    public static <T> List<T> list(List<T> list) {
        return list == null ? List.of() : list.stream().filter(Objects::nonNull).toList();
    }

    /** The map in the file's order; a key with nothing after it is an empty value, as in an API call. */
    public static Map<String, String> map(Map<String, String> map) {
        Map<String, String> copy = new LinkedHashMap<>();
        if (map != null) {
            map.forEach((key, value) -> copy.put(key, value == null ? "" : value));
        }
        return Collections.unmodifiableMap(copy);
    }

    /** A name in a message: quoted, or {@code (none)}. */
    public static String quoted(String name) {
        return name == null ? "(none)" : "\"" + name + "\"";
    }
}
