package dev.awsemulator.core.persistence;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The state read back from a data directory: the last image of every entity, by scope and kind, in the
 * order each entity first appeared (so messages come back in the order they were sent). Images are decoded
 * only when a service asks for them.
 */
public final class RestoredState {

    private final Map<String, Map<String, Map<String, byte[]>>> scopes = new LinkedHashMap<>();

    /** Nothing restored: a new data directory or memory only. */
    public static RestoredState empty() {
        return new RestoredState();
    }

    void put(String kind, String scope, String id, byte[] image) {
        scopes.computeIfAbsent(scope, s -> new LinkedHashMap<>())
                .computeIfAbsent(kind, k -> new LinkedHashMap<>())
                .put(id, image);
    }

    void remove(String scope, String id) {
        Map<String, Map<String, byte[]>> kinds = scopes.get(scope);
        if (kinds != null) {
            kinds.values().forEach(images -> images.remove(id));
        }
    }

    void drop(String scope) {
        scopes.remove(scope);
    }

    /** The scopes holding at least one image of {@code kind}, in the order they first appeared. */
    public List<String> scopes(StateKind<?> kind) {
        List<String> found = new ArrayList<>();
        scopes.forEach((scope, kinds) -> {
            Map<String, byte[]> images = kinds.get(kind.name());
            if (images != null && !images.isEmpty()) {
                found.add(scope);
            }
        });
        return found;
    }

    /** The images of {@code kind} in {@code scope}, by id, in the order the entities first appeared. */
    public <T> Map<String, T> images(String scope, StateKind<T> kind) {
        Map<String, byte[]> images = scopes.getOrDefault(scope, Map.of()).getOrDefault(kind.name(), Map.of());
        Map<String, T> decoded = new LinkedHashMap<>();
        images.forEach((id, bytes) -> decoded.put(id, ImageCodec.decode(bytes, kind.type())));
        return decoded;
    }

    /** The one image of {@code kind} with {@code id} in {@code scope}, or null. */
    public <T> T image(String scope, StateKind<T> kind, String id) {
        byte[] bytes = scopes.getOrDefault(scope, Map.of()).getOrDefault(kind.name(), Map.of()).get(id);
        return bytes == null ? null : ImageCodec.decode(bytes, kind.type());
    }
}
