package dev.awsemulator.server.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Requests that each break one constraint of one member of an operation's input, generated from the model
 * that the server checks against: every member (also inside structures, the first entry of lists of
 * structures and the one entry, keyed {@code key}, of maps of structures) missing, of the wrong type, too short,
 * too long, off its pattern or enum, out of range. Every other member holds a well-typed value, so each request
 * is refused for what it probes.
 */
final class Probes {

    /** Longer values would only make bodies large: the bound is checked the same way at any size. */
    private static final long LONGEST_PROBED = 4096;
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /**
     * @param body     the request
     * @param code     AWS's error code: the service's validation code for a broken constraint, or
     *                 SerializationException for a wrong type, or the service's refusal of a missing member
     * @param sentence what the message must contain (for a wrong type: nothing more than the code)
     */
    record Probe(String name, ObjectNode body, String code, String sentence) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** How a service refuses a request without a required member: AWS's code and what its message says. */
    record Refusal(String code, String sentence) {

        /** Kinesis's: the member's path in its aggregated ValidationException. */
        static Refusal validation(String path) {
            return new Refusal("ValidationException",
                    "Value null at '" + path + "' failed to satisfy constraint: Member must not be null");
        }
    }

    private final InputModel model;
    private final Map<String, JsonNode> samples;
    private final Shape input;
    private final String validation;
    private final Function<String, Refusal> missing;

    private Probes(InputModel model, Map<String, JsonNode> samples, Shape input, String validation,
                   Function<String, Refusal> missing) {
        this.model = model;
        this.samples = samples;
        this.input = input;
        this.validation = validation;
        this.missing = missing;
    }

    /**
     * @param samples    a well-formed value for shapes whose pattern a plain "a" would not satisfy
     * @param validation the service's error code for a broken constraint (Kinesis's ValidationException)
     * @param missing    the service's refusal of a missing member, by the member's path
     */
    static List<Probe> of(InputModel model, Map<String, JsonNode> samples, String operation, String validation,
                          Function<String, Refusal> missing) {
        List<Probe> probes = new ArrayList<>();
        Shape input = model.input(operation);
        new Probes(model, samples, input, validation, missing).members(input, List.of(), "", probes);
        return probes;
    }

    /** A request of the operation that breaks none of its model's constraints: its required members only. */
    static ObjectNode accepted(InputModel model, Map<String, JsonNode> samples, String operation) {
        Shape input = model.input(operation);
        return (ObjectNode) new Probes(model, samples, input, null, null).valid(input);
    }

    private void members(Shape structure, List<Object> steps, String path, List<Probe> probes) {
        for (Shape.Member member : structure.members()) {
            Shape shape = model.shape(member.shape());
            List<Object> at = append(steps, member.name());
            String memberPath = path.isEmpty() ? member.pathName() : path + "." + member.pathName();
            if (member.required()) {
                Refusal refusal = missing.apply(memberPath);
                probes.add(probe(at, null, memberPath + " missing", refusal.code(), refusal.sentence()));
            }
            probes.add(probe(at, wrongType(shape), memberPath + " of the wrong type", "SerializationException", ""));
            constraints(shape, at, memberPath, probes);
            if (shape.kind() == Shape.Kind.STRUCTURE) {
                members(shape, at, memberPath, probes);
            } else if (shape.kind() == Shape.Kind.LIST && model.shape(shape.element()).kind() == Shape.Kind.STRUCTURE) {
                members(model.shape(shape.element()), append(at, 0), memberPath + ".1.member", probes);
            } else if (shape.kind() == Shape.Kind.MAP && model.shape(shape.value()).kind() == Shape.Kind.STRUCTURE) {
                members(model.shape(shape.value()), append(at, "key"), memberPath + ".key.member", probes);
            }
        }
    }

    private void constraints(Shape shape, List<Object> at, String path, List<Probe> probes) {
        switch (shape.kind()) {
            case STRING -> {
                if (shape.min() != null && shape.min() > 0) {
                    probes.add(broken(at, NODES.textNode(""), path, shown(shape, ""),
                            "Member must have length greater than or equal to " + shape.min()));
                }
                if (shape.max() != null && shape.max() < LONGEST_PROBED) {
                    String text = "a".repeat((int) (shape.max() + 1));
                    probes.add(broken(at, NODES.textNode(text), path, shown(shape, text),
                            "Member must have length less than or equal to " + shape.max()));
                }
                if (shape.pattern() != null && !shape.pattern().matcher("!").matches()) {
                    probes.add(broken(at, NODES.textNode("!"), path, shown(shape, "!"),
                            "Member must satisfy regular expression pattern: " + shape.pattern().pattern()));
                }
                if (!shape.enumValues().isEmpty()) {
                    probes.add(broken(at, NODES.textNode("NOT_MODELLED"), path, shown(shape, "NOT_MODELLED"),
                            "Member must satisfy enum value set: [" + String.join(", ", shape.enumValues()) + "]"));
                }
            }
            case INTEGER, LONG -> {
                if (shape.min() != null) {
                    probes.add(broken(at, NODES.numberNode(shape.min() - 1), path, "'" + (shape.min() - 1) + "' ",
                            "Member must have value greater than or equal to " + shape.min()));
                }
                if (shape.max() != null) {
                    probes.add(broken(at, NODES.numberNode(shape.max() + 1), path, "'" + (shape.max() + 1) + "' ",
                            "Member must have value less than or equal to " + shape.max()));
                }
            }
            case LIST -> {
                if (shape.min() != null && shape.min() > 0) {
                    probes.add(broken(at, NODES.arrayNode(), path, "'[]' ",
                            "Member must have length greater than or equal to " + shape.min()));
                }
                if (shape.max() != null && shape.max() < LONGEST_PROBED) {
                    ArrayNode many = NODES.arrayNode();
                    for (long i = 0; i <= shape.max(); i++) {
                        many.add(valid(model.shape(shape.element())));
                    }
                    probes.add(probe(at, many, path + " too long", validation, "at '" + path
                            + "' failed to satisfy constraint: Member must have length less than or equal to " + shape.max()));
                }
                Shape element = model.shape(shape.element());
                if (element.kind() == Shape.Kind.STRING && element.min() != null && element.min() > 0) {
                    probes.add(probe(at, NODES.arrayNode().add(""), path + " with an empty element",
                            validation, "Value '[]' at '" + path + "' failed to satisfy constraint: "
                                    + "Member must satisfy constraint: ["));
                }
            }
            case MAP -> {
                if (shape.min() != null && shape.min() > 0) {
                    probes.add(broken(at, NODES.objectNode(), path, "'{}' ",
                            "Member must have length greater than or equal to " + shape.min()));
                }
                Shape key = model.shape(shape.key());
                if (key.min() != null && key.min() > 0) {
                    ObjectNode emptyKey = NODES.objectNode().set("", valid(model.shape(shape.value())));
                    probes.add(probe(at, emptyKey, path + " with an empty key", validation,
                            "at '" + path + "' failed to satisfy constraint: Map keys must satisfy constraint: ["));
                }
            }
            default -> { }
        }
    }

    /** @param shown the value as AWS shows it, followed by a space, or nothing for a sensitive one */
    private Probe broken(List<Object> at, JsonNode value, String path, String shown, String constraint) {
        return probe(at, value, path + ": " + constraint, validation,
                "Value " + shown + "at '" + path + "' failed to satisfy constraint: " + constraint);
    }

    /** A text as AWS's messages show it: quoted, or left out for a sensitive shape ("Value at 'phoneNumber' ..."). */
    private static String shown(Shape shape, String text) {
        return shape.sensitive() ? "" : "'" + text + "' ";
    }

    private Probe probe(List<Object> at, JsonNode value, String name, String code, String sentence) {
        ObjectNode body = (ObjectNode) valid(input);
        set(body, input, at, 0, value);
        return new Probe(name, body, code, sentence);
    }

    /** Puts {@code value} at {@code steps} (a null removes the member), making the structures on the way. */
    private void set(ObjectNode node, Shape shape, List<Object> steps, int from, JsonNode value) {
        String name = (String) steps.get(from);
        Shape.Member member = shape.members().stream().filter(m -> m.name().equals(name)).findFirst().orElseThrow();
        Shape memberShape = model.shape(member.shape());
        if (from == steps.size() - 1) {
            if (value == null) {
                node.remove(name);
            } else {
                node.set(name, value);
            }
            return;
        }
        if (memberShape.kind() == Shape.Kind.LIST) {
            Shape element = model.shape(memberShape.element());
            ArrayNode list = NODES.arrayNode().add(valid(element));
            node.set(name, list);
            set((ObjectNode) list.get(0), element, steps, from + 2, value);
        } else if (memberShape.kind() == Shape.Kind.MAP) {
            Shape entry = model.shape(memberShape.value());
            ObjectNode map = NODES.objectNode();
            map.set((String) steps.get(from + 1), valid(entry));
            node.set(name, map);
            set((ObjectNode) map.get((String) steps.get(from + 1)), entry, steps, from + 2, value);
        } else {
            if (!(node.get(name) instanceof ObjectNode)) {
                node.set(name, valid(memberShape));
            }
            set((ObjectNode) node.get(name), memberShape, steps, from + 1, value);
        }
    }

    /** A value of the shape that breaks none of its constraints: required members only, one entry. */
    private JsonNode valid(Shape shape) {
        JsonNode sample = samples.get(shape.name());
        if (sample != null) {
            return sample.deepCopy();
        }
        return switch (shape.kind()) {
            case STRUCTURE -> {
                ObjectNode object = NODES.objectNode();
                shape.members().stream().filter(Shape.Member::required)
                        .forEach(m -> object.set(m.name(), valid(model.shape(m.shape()))));
                yield object;
            }
            case LIST -> NODES.arrayNode().add(valid(model.shape(shape.element())));
            case MAP -> NODES.objectNode().set("key", valid(model.shape(shape.value())));
            case STRING -> NODES.textNode(shape.enumValues().isEmpty()
                    ? "a".repeat((int) Math.max(1, shape.min() == null ? 1 : shape.min())) : shape.enumValues().get(0));
            case BLOB -> NODES.binaryNode(new byte[] {1, 2, 3});
            case INTEGER, LONG -> NODES.numberNode(shape.min() == null ? 1 : shape.min());
            case DOUBLE, FLOAT -> NODES.numberNode(1.0);
            case BOOLEAN -> NODES.booleanNode(true);
            case TIMESTAMP -> NODES.numberNode(1);
        };
    }

    /** A value no deserializer takes for the shape. */
    private static JsonNode wrongType(Shape shape) {
        return switch (shape.kind()) {
            case STRUCTURE, MAP -> NODES.textNode("text");
            case LIST -> NODES.objectNode();
            case STRING, BLOB, TIMESTAMP -> NODES.booleanNode(true);
            case INTEGER, LONG, DOUBLE, FLOAT, BOOLEAN -> NODES.arrayNode();
        };
    }

    private static List<Object> append(List<Object> steps, Object step) {
        List<Object> longer = new ArrayList<>(steps);
        longer.add(step);
        return longer;
    }
}
