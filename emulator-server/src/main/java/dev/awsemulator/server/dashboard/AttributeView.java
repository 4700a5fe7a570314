package dev.awsemulator.server.dashboard;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/** A message attribute as the dashboard shows it: its data type and its string or binary value. */
public record AttributeView(String dataType, Preview value) {

    public static AttributeView of(String dataType, String stringValue, byte[] binaryValue) {
        return new AttributeView(dataType, binaryValue != null ? Preview.of(binaryValue) : Preview.of(stringValue));
    }

    /** Every attribute of a message, in its order, through {@code view}. */
    public static <A> Map<String, AttributeView> all(Map<String, A> attributes, Function<A, AttributeView> view) {
        Map<String, AttributeView> views = new LinkedHashMap<>();
        if (attributes != null) {
            attributes.forEach((name, value) -> views.put(name, view.apply(value)));
        }
        return views;
    }
}
