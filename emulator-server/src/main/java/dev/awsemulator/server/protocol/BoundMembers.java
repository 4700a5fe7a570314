package dev.awsemulator.server.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.awsemulator.core.common.CommonError;
import dev.awsemulator.server.api.HttpBinding;
import dev.awsemulator.server.api.TimestampFormat;
import dev.awsemulator.server.api.WireNames;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

/**
 * Reads the members an {@link HttpBinding} puts outside the body (path labels, query parameters,
 * headers) into the JSON tree of the input record, each converted the way a body would hold it, so
 * that one Jackson mapping decodes them all. Labels and query values are text, ISO-8601 for
 * timestamps; headers are text, HTTP dates for timestamps and comma-separated for lists.
 */
final class BoundMembers {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final WireNames names;

    BoundMembers(WireNames names) {
        this.names = names;
    }

    /** Sets the bound members {@code request} carries on {@code tree}, replacing what the body said of them. */
    void read(ObjectNode tree, Class<?> inputType, HttpBinding binding, IncomingRequest request) {
        for (Map.Entry<String, String> label : binding.labels().entrySet()) {
            String value = request.labels().get(label.getKey());
            if (value != null) {
                set(tree, inputType, label.getValue(), List.of(value), TimestampFormat.ISO_8601);
            }
        }
        binding.query().forEach((component, name) ->
                set(tree, inputType, component, request.queryValues(name), TimestampFormat.ISO_8601));
        binding.headers().forEach((component, name) -> {
            String value = request.header(name);
            if (value != null) {
                set(tree, inputType, component, isList(component(inputType, component))
                        ? List.of(value.split(",")) : List.of(value), TimestampFormat.HTTP_DATE);
            }
        });
    }

    private void set(ObjectNode tree, Class<?> inputType, String name, List<String> values, TimestampFormat format) {
        if (values.isEmpty()) {
            return;
        }
        RecordComponent component = component(inputType, name);
        TimestampFormat bodyFormat = names.timestampFormat(inputType, name);
        JsonNode node;
        if (isList(component)) {
            Type element = ((ParameterizedType) component.getGenericType()).getActualTypeArguments()[0];
            ArrayNode list = NODES.arrayNode();
            values.forEach(value -> list.add(scalar(element, value.trim(), format, bodyFormat, name)));
            node = list;
        } else {
            node = scalar(component.getType(), values.get(0), format, bodyFormat, name);
        }
        tree.set(names.name(inputType, name), node);
    }

    private static JsonNode scalar(Type type, String text, TimestampFormat format, TimestampFormat bodyFormat,
                                   String member) {
        if (type != Instant.class) {
            return TextNode.valueOf(text);
        }
        try {
            return Timestamps.parse(text, format, bodyFormat);
        } catch (DateTimeParseException | NumberFormatException e) {
            throw CommonError.SERIALIZATION.exception("Value " + text + " for " + member + " is not a timestamp in "
                    + format + " format.");
        }
    }

    private static boolean isList(RecordComponent component) {
        return List.class.isAssignableFrom(component.getType());
    }

    static RecordComponent component(Class<?> record, String name) {
        for (RecordComponent component : record.getRecordComponents()) {
            if (component.getName().equals(name)) {
                return component;
            }
        }
        throw new IllegalStateException("bindings are checked when the service is defined: " + name);
    }
}
