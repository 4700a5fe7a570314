package dev.awsemulator.server.model;

import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

/**
 * A well-typed request's members against their shapes' constraints, collected as AWS's validation
 * collects them: members in the model's order, nested members by path ({@code records.1.member.partitionKey},
 * a map's structures by key: {@code messageAttributes.color.member.dataType}), a list's or map's scalar
 * elements as one violation of the whole collection, at most ten. A Query form's numbers are text, read as
 * the numbers they spell.
 */
final class Constraints {

    /** AWS stops collecting after ten violations. */
    private static final int MOST_REPORTED = 10;

    private final InputModel model;
    private final List<Violation> violations;

    Constraints(InputModel model, List<Violation> violations) {
        this.model = model;
        this.violations = violations;
    }

    void structure(Shape shape, JsonNode node, String path) {
        for (Shape.Member member : shape.members()) {
            JsonNode value = node.get(member.name());
            boolean absent = value == null || value.isNull();
            if (absent && !member.required()) {
                continue;
            }
            String at = path.isEmpty() ? member.pathName() : path + "." + member.pathName();
            if (absent) {
                add(new Violation("null", at, "Member must not be null"));
            } else {
                value(model.shape(member.shape()), value, at);
            }
        }
    }

    private void value(Shape shape, JsonNode node, String at) {
        switch (shape.kind()) {
            case STRUCTURE -> structure(shape, node, at);
            case LIST -> list(shape, node, at);
            case MAP -> map(shape, node, at);
            default -> broken(shape, node).forEach(constraint -> add(new Violation(quoted(shape, node), at, constraint)));
        }
    }

    private void list(Shape shape, JsonNode node, String at) {
        lengths(shape, node.size()).forEach(constraint -> add(new Violation(quoted(shape, node), at, constraint)));
        Shape element = model.shape(shape.element());
        if (element.kind() == Shape.Kind.STRUCTURE) {
            for (int i = 0; i < node.size(); i++) {
                structure(element, node.get(i), at + "." + (i + 1) + ".member");
            }
        } else if (StreamSupport.stream(node.spliterator(), false).anyMatch(item -> !broken(element, item).isEmpty())) {
            add(new Violation(quoted(shape, node), at, "Member must satisfy constraint: " + all(element)));
        }
    }

    private void map(Shape shape, JsonNode node, String at) {
        lengths(shape, node.size()).forEach(constraint -> add(new Violation(quoted(shape, node), at, constraint)));
        Shape key = model.shape(shape.key());
        Shape value = model.shape(shape.value());
        boolean badKey = false;
        boolean badValue = false;
        for (Map.Entry<String, JsonNode> entry : node.properties()) {
            badKey |= !broken(key, JsonNodes.text(entry.getKey())).isEmpty();
            badValue |= !broken(value, entry.getValue()).isEmpty();
        }
        if (badKey) {
            add(new Violation(quoted(shape, node), at, "Map keys must satisfy constraint: " + all(key)));
        }
        if (badValue) {
            add(new Violation(quoted(shape, node), at, "Map value must satisfy constraint: " + all(value)));
        }
        if (value.kind() == Shape.Kind.STRUCTURE) {
            node.properties().forEach(entry ->
                    structure(value, entry.getValue(), at + "." + entry.getKey() + ".member"));
        }
    }

    /** The constraints a scalar breaks, in AWS's order: enum, pattern, then its bounds. */
    private static List<String> broken(Shape shape, JsonNode node) {
        List<String> broken = new ArrayList<>();
        if (node.isTextual() && shape.kind() == Shape.Kind.STRING) {
            String text = node.asText();
            if (!shape.enumValues().isEmpty() && !shape.enumValues().contains(text)) {
                broken.add(enumText(shape));
            }
            if (shape.pattern() != null && !shape.pattern().matcher(text).matches()) {
                broken.add(patternText(shape));
            }
            broken.addAll(lengths(shape, text.length()));
        } else if (shape.kind() == Shape.Kind.BLOB) {
            broken.addAll(lengths(shape, blobLength(node)));
        } else {
            BigDecimal number = number(node);
            if (number != null && shape.min() != null && number.compareTo(BigDecimal.valueOf(shape.min())) < 0) {
                broken.add("Member must have value greater than or equal to " + shape.min());
            }
            if (number != null && shape.max() != null && number.compareTo(BigDecimal.valueOf(shape.max())) > 0) {
                broken.add("Member must have value less than or equal to " + shape.max());
            }
        }
        return broken;
    }

    /** A number, or the text of a number as a Query form carries it; null for anything else. */
    private static BigDecimal number(JsonNode node) {
        if (node.isNumber()) {
            return node.decimalValue();
        }
        try {
            return node.isTextual() ? new BigDecimal(node.asText().trim()) : null;
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    /** A blob's length in bytes: CBOR's bytes, or what JSON's base64 text decodes to. */
    private static long blobLength(JsonNode node) {
        return node.isBinary() ? JsonNodes.binaryLength(node) : Base64Text.decodedLength(node.asText());
    }

    private static List<String> lengths(Shape shape, long length) {
        List<String> broken = new ArrayList<>(2);
        if (shape.min() != null && length < shape.min()) {
            broken.add("Member must have length greater than or equal to " + shape.min());
        }
        if (shape.max() != null && length > shape.max()) {
            broken.add("Member must have length less than or equal to " + shape.max());
        }
        return broken;
    }

    /** Every constraint of an element's shape, as AWS lists them for a collection: upper bound first. */
    private static String all(Shape shape) {
        List<String> all = new ArrayList<>();
        if (shape.max() != null) {
            all.add("Member must have length less than or equal to " + shape.max());
        }
        if (shape.min() != null) {
            all.add("Member must have length greater than or equal to " + shape.min());
        }
        if (shape.pattern() != null) {
            all.add(patternText(shape));
        }
        if (!shape.enumValues().isEmpty()) {
            all.add(enumText(shape));
        }
        return "[" + String.join(", ", all) + "]";
    }

    private static String enumText(Shape shape) {
        return "Member must satisfy enum value set: [" + String.join(", ", shape.enumValues()) + "]";
    }

    private static String patternText(Shape shape) {
        return "Member must satisfy regular expression pattern: " + shape.pattern().pattern();
    }

    /** The value as AWS's messages show it: a Java rendering in quotes, nothing for a sensitive one. */
    private String quoted(Shape shape, JsonNode node) {
        return shape.sensitive() ? Violation.HIDDEN : "'" + shown(shape, node) + "'";
    }

    private String shown(Shape shape, JsonNode node) {
        return switch (shape.kind()) {
            case LIST -> {
                Shape element = model.shape(shape.element());
                yield StreamSupport.stream(node.spliterator(), false).map(item -> shown(element, item))
                        .collect(Collectors.joining(", ", "[", "]"));
            }
            case MAP -> {
                Shape value = model.shape(shape.value());
                List<String> entries = new ArrayList<>();
                node.properties().forEach(entry -> entries.add(entry.getKey() + "=" + shown(value, entry.getValue())));
                yield "{" + String.join(", ", entries) + "}";
            }
            case BLOB -> {
                long length = blobLength(node);
                yield "java.nio.HeapByteBuffer[pos=0 lim=" + length + " cap=" + length + "]";
            }
            default -> node.isValueNode() ? node.asText() : node.toString();
        };
    }

    private void add(Violation violation) {
        if (violations.size() < MOST_REPORTED) {
            violations.add(violation);
        }
    }
}
