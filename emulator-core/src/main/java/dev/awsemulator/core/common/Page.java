package dev.awsemulator.core.common;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * One page of a sorted list, continued after the key its opaque token names; each service passes the
 * error it answers a token it never issued with.
 */
public record Page<T>(List<T> items, String nextToken) {

    public static <T> Page<T> of(List<T> sorted, String nextToken, int size, Function<T, String> key,
                                 Supplier<AwsException> invalidToken) {
        String after = null;
        if (nextToken != null && !nextToken.isEmpty()) {
            try {
                after = new String(Base64.getUrlDecoder().decode(nextToken), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                throw invalidToken.get();
            }
        }
        String start = after;
        List<T> rest = sorted.stream().filter(item -> start == null || key.apply(item).compareTo(start) > 0).toList();
        List<T> page = rest.subList(0, Math.min(size, rest.size()));
        String token = rest.size() > size
                ? Base64.getUrlEncoder().encodeToString(key.apply(page.get(page.size() - 1)).getBytes(StandardCharsets.UTF_8))
                : null;
        return new Page<>(page, token);
    }
}
