package dev.awsemulator.server.model;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A service's operations' input shapes and their constraints, read from the table
 * {@code src/build/input_constraints.py} generates from the AWS model and a service commits as a resource.
 */
public final class InputModel {

    private final Map<String, String> inputs;
    private final Map<String, Shape> shapes;

    private InputModel(Map<String, String> inputs, Map<String, Shape> shapes) {
        this.inputs = inputs;
        this.shapes = shapes;
    }

    /** Reads the table {@code resource} next to {@code anchor} (a class of the service's package). */
    public static InputModel read(Class<?> anchor, String resource) {
        try (InputStream in = anchor.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the jar");
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static InputModel parse(List<String> lines) {
        Map<String, String> inputs = new HashMap<>();
        Map<String, Shape> shapes = new HashMap<>();
        for (String line : lines) {
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split("\t");
            if (fields[0].equals("operation")) {
                inputs.put(fields[1], fields[2]);
            } else {
                shapes.put(fields[1], shape(fields));
            }
        }
        return new InputModel(Map.copyOf(inputs), Map.copyOf(shapes));
    }

    private static Shape shape(String[] fields) {
        Shape.Kind kind = Shape.Kind.valueOf(fields[0].toUpperCase(Locale.ROOT));
        Map<String, String> facts = new HashMap<>();
        List<String> enumValues = new ArrayList<>();
        List<Shape.Member> members = new ArrayList<>();
        boolean sensitive = false;
        for (int i = 2; i < fields.length; i++) {
            String field = fields[i];
            if (field.equals("sensitive")) {
                sensitive = true;
            } else if (field.startsWith("member ")) {
                String[] words = field.split(" ");
                members.add(Shape.Member.of(words[1], words[2], words.length > 3 && words[3].equals("required")));
            } else {
                int equals = field.indexOf('=');
                String name = field.substring(0, equals);
                String value = field.substring(equals + 1);
                if (name.equals("enum")) {
                    enumValues.add(value);
                } else {
                    facts.put(name, value);
                }
            }
        }
        String pattern = facts.get("pattern");
        return new Shape(fields[1], kind, number(facts.get("min")), number(facts.get("max")),
                pattern == null ? null : Pattern.compile(pattern), List.copyOf(enumValues), sensitive,
                List.copyOf(members), facts.get("member"), facts.get("key"), facts.get("value"));
    }

    private static Long number(String text) {
        return text == null ? null : Long.valueOf(text);
    }

    /** The input shape of {@code operation}; null if the model has no such operation or it takes no input. */
    Shape input(String operation) {
        String name = inputs.get(operation);
        return name == null ? null : shapes.get(name);
    }

    Shape shape(String name) {
        return shapes.get(name);
    }

    /** The operations the model gives an input shape. */
    public Set<String> operations() {
        return inputs.keySet();
    }
}
