package dev.awsemulator.server.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.awsemulator.server.api.WireNames;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Reads Query parameters ({@code Attribute.1.Name=…}) into the JSON tree of an input record, led by
 * the record's component types: a {@code List} collects numbered members, a {@code Map} numbered
 * entries, a record its dotted members. Flattened lists (SQS) number the member directly; wrapped
 * ones (SNS) insert {@code member} or {@code entry}.
 */
final class QueryFormReader {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final WireNames names;
    private final boolean flattened;

    QueryFormReader(WireNames names, boolean flattened) {
        this.names = names;
        this.flattened = flattened;
    }

    ObjectNode read(Map<String, String> form, Class<?> recordType) {
        return readRecord(new TreeMap<>(form), recordType, "");
    }

    private ObjectNode readRecord(NavigableMap<String, String> form, Class<?> recordType, String prefix) {
        ObjectNode node = NODES.objectNode();
        for (RecordComponent component : recordType.getRecordComponents()) {
            String key = prefix + names.queryName(recordType, component.getName());
            JsonNode value = readValue(form, component.getGenericType(), key, recordType, component.getName());
            String alias = names.queryAlias(recordType, component.getName());
            if (value == null && alias != null) {
                value = readValue(form, component.getGenericType(), prefix + alias, recordType, component.getName());
            }
            if (value != null) {
                node.set(names.name(recordType, component.getName()), value);
            }
        }
        return node;
    }

    private JsonNode readValue(NavigableMap<String, String> form, Type type, String key, Class<?> owner,
                               String component) {
        if (type instanceof ParameterizedType parameterized) {
            Class<?> raw = (Class<?>) parameterized.getRawType();
            Type[] arguments = parameterized.getActualTypeArguments();
            if (List.class.isAssignableFrom(raw)) {
                return readList(form, arguments[0], flattened ? key : key + ".member");
            }
            if (Map.class.isAssignableFrom(raw)) {
                return readMap(form, arguments[1], flattened ? key : key + ".entry", owner, component);
            }
        }
        if (type instanceof Class<?> plain && plain.isRecord()) {
            return hasAny(form, key + ".") ? readRecord(form, plain, key + ".") : null;
        }
        String text = form.get(key);
        return text == null ? null : TextNode.valueOf(text);
    }

    private ArrayNode readList(NavigableMap<String, String> form, Type elementType, String key) {
        SortedSet<Integer> indexes = indexes(form, key);
        if (indexes.isEmpty()) {
            return null;
        }
        ArrayNode list = NODES.arrayNode();
        for (int index : indexes) {
            JsonNode item = readValue(form, elementType, key + "." + index, null, null);
            if (item != null) {
                list.add(item);
            }
        }
        return list;
    }

    private ObjectNode readMap(NavigableMap<String, String> form, Type valueType, String key, Class<?> owner,
                               String component) {
        SortedSet<Integer> indexes = indexes(form, key);
        if (indexes.isEmpty()) {
            return null;
        }
        String keyName = names.mapKeyName(owner, component);
        String valueName = names.mapValueName(owner, component);
        ObjectNode map = NODES.objectNode();
        for (int index : indexes) {
            String entry = key + "." + index + ".";
            String entryKey = form.get(entry + keyName);
            JsonNode value = readValue(form, valueType, entry + valueName, null, null);
            if (entryKey != null) {
                map.set(entryKey, value == null ? TextNode.valueOf("") : value);
            }
        }
        return map;
    }

    /** The indexes N of parameters named {@code key.N} or {@code key.N.…}, in numeric order. */
    private static SortedSet<Integer> indexes(NavigableMap<String, String> form, String key) {
        String prefix = key + ".";
        SortedSet<Integer> indexes = new TreeSet<>();
        for (String name : form.tailMap(prefix, true).keySet()) {
            if (!name.startsWith(prefix)) {
                break;
            }
            String rest = name.substring(prefix.length());
            int dot = rest.indexOf('.');
            String digits = dot < 0 ? rest : rest.substring(0, dot);
            if (!digits.isEmpty() && digits.length() < 6 && digits.chars().allMatch(Character::isDigit)) {
                indexes.add(Integer.parseInt(digits));
            }
        }
        return indexes;
    }

    private static boolean hasAny(NavigableMap<String, String> form, String prefix) {
        String next = form.ceilingKey(prefix);
        return next != null && next.startsWith(prefix);
    }
}
