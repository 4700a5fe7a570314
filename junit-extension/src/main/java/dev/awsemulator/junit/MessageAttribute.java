package dev.awsemulator.junit;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * A message attribute as SQS or SNS keeps it.
 *
 * @param dataType    {@code String}, {@code Number} or {@code Binary}, with an optional {@code .custom} suffix
 * @param stringValue the value of a String or Number attribute, null for a Binary one
 * @param binaryValue the value of a Binary attribute, null otherwise
 */
public record MessageAttribute(String dataType, String stringValue, byte[] binaryValue) {

    /** The attributes of an engine's message, by name, in its order. */
    static <V> Map<String, MessageAttribute> of(Map<String, V> attributes, Function<V, MessageAttribute> convert) {
        Map<String, MessageAttribute> converted = new LinkedHashMap<>();
        if (attributes != null) {
            attributes.forEach((name, value) -> converted.put(name, convert.apply(value)));
        }
        return converted;
    }
}
