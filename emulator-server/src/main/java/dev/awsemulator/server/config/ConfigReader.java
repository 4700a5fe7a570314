package dev.awsemulator.server.config;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Reads a config file, JSON when its name ends in {@code .json} and YAML otherwise, or resources declared
 * in code as the same tree of keys and values; each top-level key is a {@link ConfigSection} of one
 * service. Unknown keys are refused (a misspelt key would otherwise be silently ignored), and so are
 * entries that do not fit together; every message names the file and the entry.
 */
public final class ConfigReader {

    private static final ObjectMapper JSON = strict(new ObjectMapper());
    private static final ObjectMapper YAML = strict(new ObjectMapper(new YAMLFactory()));

    private final Map<String, ConfigSection<?>> sections = new LinkedHashMap<>();

    /** A reader of these sections, which are created in this order. */
    public ConfigReader(List<ConfigSection<?>> sections) {
        sections.forEach(section -> {
            if (this.sections.putIfAbsent(section.key(), section) != null) {
                throw new IllegalArgumentException("two config sections are named " + section.key());
            }
        });
    }

    /** A file on disk. */
    public EmulatorConfig read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new ConfigException("config file " + file + " does not exist");
        }
        try (InputStream in = Files.newInputStream(file)) {
            return parse(in, file.toString());
        } catch (IOException e) {
            throw new ConfigException("config file " + file + " cannot be read: " + e.getMessage(), e);
        }
    }

    /** A classpath resource if one has this name, else a file path (relative to the working directory). */
    public EmulatorConfig readResourceOrFile(String location, ClassLoader loader) {
        String resource = location.startsWith("/") ? location.substring(1) : location;
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in != null) {
                return parse(in, location);
            }
        } catch (IOException e) {
            throw new ConfigException("config file " + location + " cannot be read: " + e.getMessage(), e);
        }
        if (Files.isRegularFile(Path.of(location))) {
            return read(Path.of(location));
        }
        throw new ConfigException("config file " + location + " is neither a classpath resource nor a file");
    }

    /** A file's text; {@code source} names it in messages and says by its ending whether it is JSON. */
    public EmulatorConfig parse(InputStream in, String source) throws IOException {
        byte[] text = in.readAllBytes();
        if (new String(text, StandardCharsets.UTF_8).isBlank()) {
            return EmulatorConfig.EMPTY;
        }
        ObjectMapper mapper = source.toLowerCase(Locale.ROOT).endsWith(".json") ? JSON : YAML;
        return read(mapper, mapper.createParser(text), keyLines(mapper.createParser(text)), "config file " + source,
                "this file", EmulatorConfig.EMPTY);
    }

    /**
     * Resources declared in code, in the file's words: {@code {"queues": [{"name": "jobs"}]}}. Their
     * references may name resources of {@code before}, the config applied before them.
     */
    public EmulatorConfig declared(Map<String, ?> tree, EmulatorConfig before) {
        try {
            return read(JSON, JSON.treeAsTokens(JSON.valueToTree(tree)), Map.of(), "declared resources",
                    "the declared resources or the config file", before);
        } catch (IOException e) {
            throw new ConfigException("declared resources: " + e.getMessage(), e);
        }
    }

    /**
     * Reads every section; unknown keys are collected, each with its line, so one run lists them all, and the
     * first value of a wrong type ends the reading (what follows it cannot be trusted).
     */
    private EmulatorConfig read(ObjectMapper mapper, JsonParser parser, Map<String, Integer> keyLines,
                                String origin, String scope,
                                EmulatorConfig before) throws IOException {
        Map<ConfigSection<?>, List<?>> read = new LinkedHashMap<>();
        List<String> unknownKeys = new ArrayList<>();
        try (parser) {
            JsonToken first = parser.nextToken();
            if (first == null || first == JsonToken.VALUE_NULL) {
                return EmulatorConfig.EMPTY;
            }
            if (first != JsonToken.START_OBJECT) {
                throw new ConfigException(origin + ": expected keys and values" + where(parser.currentLocation()));
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String key = parser.currentName();
                ConfigSection<?> section = sections.get(key);
                if (section == null) {
                    unknownKeys.add("unknown key \"" + key + "\" (known keys: "
                            + String.join(", ", new TreeSet<>(sections.keySet())) + ")"
                            + where(parser.currentTokenLocation()));
                    parser.nextToken();
                    parser.skipChildren();
                    continue;
                }
                parser.nextToken();
                read.put(section, entries(mapper, parser, section, new UnknownKeys(unknownKeys, keyLines)));
            }
        } catch (JacksonException e) {
            unknownKeys.add(describe(e));
            throw failure(origin, unknownKeys, e);
        }
        if (!unknownKeys.isEmpty()) {
            throw failure(origin, unknownKeys, null);
        }
        EmulatorConfig config = ordered(read);
        List<String> problems = problems(config, scope, before);
        if (!problems.isEmpty()) {
            throw failure(origin, problems, null);
        }
        return config;
    }

    /** One problem on the origin's line; several on a line each below it. */
    private static ConfigException failure(String origin, List<String> problems, Exception cause) {
        String message = problems.size() == 1 ? origin + ": " + problems.get(0)
                : origin + ":\n  " + String.join("\n  ", problems);
        return new ConfigException(message, cause);
    }

    private static List<?> entries(ObjectMapper mapper, JsonParser parser, ConfigSection<?> section,
                                   UnknownKeys unknownKeys) throws IOException {
        JavaType type = mapper.getTypeFactory().constructCollectionType(List.class, section.entryType());
        try {
            return ConfigValues.list(mapper.readerFor(type).withHandler(unknownKeys).readValue(parser));
        } catch (JsonMappingException e) {
            e.prependPath(new JsonMappingException.Reference(null, section.key()));
            throw e;
        }
    }

    /** The sections read, in this reader's order: the order they are checked and created in. */
    private EmulatorConfig ordered(Map<ConfigSection<?>, List<?>> read) {
        Map<ConfigSection<?>, List<?>> ordered = new LinkedHashMap<>();
        sections.values().forEach(section -> {
            if (read.containsKey(section)) {
                ordered.put(section, read.get(section));
            }
        });
        return new EmulatorConfig(ordered);
    }

    /** What is wrong with how the entries fit together, each naming its entry; empty when all is well. */
    private List<String> problems(EmulatorConfig config, String scope, EmulatorConfig before) {
        List<String> problems = new ArrayList<>();
        for (ConfigSection<?> section : config.sections()) {
            check(section, config, scope, before, problems);
        }
        return problems;
    }

    private static <E> void check(ConfigSection<E> section, EmulatorConfig config, String scope, EmulatorConfig before,
                                  List<String> problems) {
        List<String> names = config.namesOf(section);
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < config.entries(section).size(); i++) {
            String name = section.named() ? names.get(i) : null;
            labels.add(section.key() + "[" + i + "]" + (name == null ? "" : " \"" + name + "\"") + ": ");
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            if (name == null || name.isBlank()) {
                problems.add(section.key() + "[" + i + "]: needs a name");
            } else if (!seen.add(name)) {
                problems.add(labels.get(i) + "is declared twice");
            }
        }
        section.check(config.entries(section), new ConfigCheck(labels, key -> {
            Set<String> declared = new HashSet<>(config.names(key));
            declared.addAll(before.names(key));
            return declared;
        }, scope, problems));
    }

    /** Records an unknown key of an entry, with the entry's path, the known keys and the line, and reads on. */
    private static final class UnknownKeys extends DeserializationProblemHandler {

        private final List<String> found;
        /**
         * Each key's line by its path: an entry is read whole before its unknown keys are handled, from
         * buffered tokens that have no lines, so the lines come from a reading of the file beforehand.
         */
        private final Map<String, Integer> keyLines;

        UnknownKeys(List<String> found, Map<String, Integer> keyLines) {
            this.found = found;
            this.keyLines = keyLines;
        }

        @Override
        public boolean handleUnknownProperty(DeserializationContext context, JsonParser parser,
                                             JsonDeserializer<?> deserializer, Object beanOrClass, String key)
                throws IOException {
            JsonStreamContext holder = parser.currentToken() != null && parser.currentToken().isStructStart()
                    ? parser.getParsingContext().getParent() : parser.getParsingContext();
            String known = deserializer.getKnownPropertyNames().stream().map(String::valueOf).sorted()
                    .collect(Collectors.joining(", ", " (known keys: ", ")"));
            found.add(pathTo(holder) + ": unknown key \"" + key + "\"" + known + line(keyLines.get(holder.pathAsPointer().toString())));
            parser.skipChildren();
            return true;
        }

        /** The entry an object context is in, in the file's words: {@code queues[1].deadLetterQueue}. */
        private static String pathTo(JsonStreamContext holder) {
            List<String> parts = new ArrayList<>();
            for (JsonStreamContext context = holder.getParent(); context != null && !context.inRoot();
                 context = context.getParent()) {
                parts.add(0, context.inArray() ? "[" + context.getCurrentIndex() + "]" : "." + context.getCurrentName());
            }
            String path = String.join("", parts);
            return path.startsWith(".") ? path.substring(1) : path;
        }
    }

    private static ObjectMapper strict(ObjectMapper mapper) {
        return mapper.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    /** Jackson's message without its class names: where in the file, and what was wrong there. */
    private static String describe(JacksonException e) {
        String at = e instanceof JsonMappingException mapping ? path(mapping) : "";
        String where = where(e.getLocation());
        if (e instanceof UnrecognizedPropertyException unknown) {
            String known = unknown.getKnownPropertyIds() == null ? "" : unknown.getKnownPropertyIds().stream()
                    .map(String::valueOf).sorted().collect(Collectors.joining(", ", " (known keys: ", ")"));
            String parent = at.contains(".") ? at.substring(0, at.lastIndexOf('.')) : "";
            return (parent.isEmpty() ? "" : parent + ": ") + "unknown key \"" + unknown.getPropertyName() + "\""
                    + known + where;
        }
        String problem = e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null
                ? "expected " + kind(mismatch.getTargetType()) : e.getOriginalMessage();
        if (e instanceof InvalidFormatException format) {
            problem += ", not \"" + format.getValue() + "\"";
        }
        return (at.isEmpty() ? "" : at + ": ") + problem + where;
    }

    /** The line of every key of a file, by its path as a JSON pointer ({@code /queues/0/name}). */
    private static Map<String, Integer> keyLines(JsonParser parser) throws IOException {
        Map<String, Integer> lines = new HashMap<>();
        try (parser) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.FIELD_NAME) {
                    lines.put(parser.getParsingContext().pathAsPointer().toString(),
                            parser.currentTokenLocation().getLineNr());
                }
            }
        } catch (JacksonException e) {
            // A file that cannot be read to its end: reading it for its entries says where and why.
        }
        return lines;
    }

    private static String line(Integer line) {
        return line == null || line < 1 ? "" : " (line " + line + ")";
    }

    /** The line in the file; nothing for declarations made in code, which have no lines. */
    private static String where(JsonLocation location) {
        return location == null || location.getLineNr() < 1 ? "" : " (line " + location.getLineNr() + ")";
    }

    /** What a config value should have been, in the file's words rather than Java's. */
    private static String kind(Class<?> type) {
        if (Collection.class.isAssignableFrom(type)) {
            return "a list";
        }
        if (Map.class.isAssignableFrom(type) || type.isRecord()) {
            return "keys and values";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return "a number";
        }
        return type == Boolean.class ? "true or false" : "a single value";
    }

    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            } else if (reference.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getFieldName());
            }
        }
        return path.toString();
    }
}
