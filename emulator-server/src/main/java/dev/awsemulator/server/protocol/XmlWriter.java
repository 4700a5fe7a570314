package dev.awsemulator.server.protocol;

import dev.awsemulator.server.api.WireNames;

import java.lang.reflect.RecordComponent;
import java.util.Base64;
import java.util.Collection;
import java.util.Map;

/**
 * Writes an output record as Query-protocol XML, led by the record's component types and the
 * service's {@link WireNames}. Nulls are left out; an empty list or map is an empty wrapper element
 * when lists are wrapped (SNS's {@code <Subscriptions/>}, which clients read as an empty list) and
 * nothing when they are flattened (SQS), as AWS writes them.
 */
final class XmlWriter {

    private final WireNames names;
    private final boolean flattened;
    private final StringBuilder xml = new StringBuilder(256);

    XmlWriter(WireNames names, boolean flattened) {
        this.names = names;
        this.flattened = flattened;
    }

    XmlWriter open(String element) {
        xml.append('<').append(element).append('>');
        return this;
    }

    XmlWriter open(String element, String namespace) {
        xml.append('<').append(element).append(" xmlns=\"").append(namespace).append("\">");
        return this;
    }

    XmlWriter close(String element) {
        xml.append("</").append(element).append('>');
        return this;
    }

    XmlWriter text(String element, String value) {
        open(element);
        escape(value);
        return close(element);
    }

    XmlWriter empty(String element) {
        xml.append('<').append(element).append("/>");
        return this;
    }

    /** Writes the members of {@code record} (not an element for the record itself). */
    XmlWriter members(Record record) {
        Class<?> type = record.getClass();
        for (RecordComponent component : type.getRecordComponents()) {
            Object value = read(component, record);
            if (value == null) {
                continue;
            }
            String name = component.getName();
            if (value instanceof Collection<?> list) {
                list(names.queryName(type, name), names.name(type, name), list);
            } else if (value instanceof Map<?, ?> map) {
                map(names.queryName(type, name), names.name(type, name), map, names.mapKeyName(type, name),
                        names.mapValueName(type, name));
            } else {
                value(names.name(type, name), value);
            }
        }
        return this;
    }

    private void list(String memberName, String wrapperName, Collection<?> items) {
        if (items.isEmpty()) {
            emptyWrapper(wrapperName);
            return;
        }
        if (!flattened) {
            open(wrapperName);
        }
        for (Object item : items) {
            value(flattened ? memberName : "member", item);
        }
        if (!flattened) {
            close(wrapperName);
        }
    }

    private void map(String entryName, String wrapperName, Map<?, ?> map, String keyName, String valueName) {
        if (map.isEmpty()) {
            emptyWrapper(wrapperName);
            return;
        }
        if (!flattened) {
            open(wrapperName);
        }
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            open(flattened ? entryName : "entry");
            value(keyName, entry.getKey());
            value(valueName, entry.getValue());
            close(flattened ? entryName : "entry");
        }
        if (!flattened) {
            close(wrapperName);
        }
    }

    private void emptyWrapper(String wrapperName) {
        if (!flattened) {
            empty(wrapperName);
        }
    }

    private void value(String element, Object value) {
        if (value instanceof Record record) {
            open(element).members(record).close(element);
        } else if (value instanceof byte[] bytes) {
            text(element, Base64.getEncoder().encodeToString(bytes));
        } else {
            text(element, String.valueOf(value));
        }
    }

    private static Object read(RecordComponent component, Record record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("record accessors are public", e);
        }
    }

    /** Escapes like SQS does: quotes and carriage returns too, so that clients read the text back exactly. */
    private void escape(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> xml.append("&amp;");
                case '<' -> xml.append("&lt;");
                case '>' -> xml.append("&gt;");
                case '"' -> xml.append("&quot;");
                case '\r' -> xml.append("&#xD;");
                default -> xml.append(c);
            }
        }
    }

    @Override
    public String toString() {
        return xml.toString();
    }
}
