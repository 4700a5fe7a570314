package dev.awsemulator.server.config;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reads a config file: JSON when its name ends in {@code .json}, YAML otherwise. Unknown keys are
 * refused (a misspelt key would otherwise be silently ignored), and so are entries that do not fit
 * together; every message names the file and the entry.
 */
public final class ConfigReader {

    private ConfigReader() {
    }

    /** A file on disk. */
    public static EmulatorConfig read(Path file) {
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
    public static EmulatorConfig readResourceOrFile(String location, ClassLoader loader) {
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

    static EmulatorConfig parse(InputStream in, String source) throws IOException {
        ObjectMapper mapper = source.toLowerCase(Locale.ROOT).endsWith(".json")
                ? new ObjectMapper() : new ObjectMapper(new YAMLFactory());
        mapper.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        byte[] text = in.readAllBytes();
        if (new String(text, StandardCharsets.UTF_8).isBlank()) {
            return EmulatorConfig.EMPTY;
        }
        EmulatorConfig config;
        try {
            config = mapper.readValue(text, EmulatorConfig.class);
        } catch (JacksonException e) {
            throw new ConfigException("config file " + source + ": " + describe(e), e);
        }
        if (config == null) {
            return EmulatorConfig.EMPTY;
        }
        List<String> problems = config.problems();
        if (!problems.isEmpty()) {
            throw new ConfigException("config file " + source + ":\n  " + String.join("\n  ", problems));
        }
        return config;
    }

    /** Jackson's message without its class names: where in the file, and what was wrong there. */
    private static String describe(JacksonException e) {
        String at = e instanceof JsonMappingException mapping ? path(mapping) : "";
        String where = e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")";
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
