package dev.awsemulator.compatibility;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The {@code aws} command pointed at one endpoint, with JSON output; a failing command fails with all it printed. */
final class AwsCli {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path aws;
    private final String endpoint;

    AwsCli(Path aws, String endpoint) {
        this.aws = aws;
        this.endpoint = endpoint;
    }

    /** Runs {@code aws <args>} and returns its JSON output (a missing node for commands that print nothing). */
    JsonNode run(String... args) {
        List<String> command = new ArrayList<>(List.of(aws.toString(), "--endpoint-url", endpoint, "--output", "json"));
        command.addAll(List.of(args));
        String output = ExternalCommand.run(Path.of("."), command);
        try {
            return output.isBlank() ? MissingNode.getInstance() : JSON.readTree(output);
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON from " + command + ": " + output, e);
        }
    }
}
