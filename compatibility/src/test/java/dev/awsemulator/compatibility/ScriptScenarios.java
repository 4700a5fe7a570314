package dev.awsemulator.compatibility;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The scenarios as a script in the client's own language runs them: {@code <command> <endpoint>
 * <scenario>} prints one JSON document with the scenario's outcome and a {@code client} member naming
 * the client's version and protocol, which is printed to the test log.
 */
final class ScriptScenarios implements ClientScenarios {

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private final Path directory;
    private final List<String> command;
    private final String endpoint;

    ScriptScenarios(Path directory, List<String> command, String endpoint) {
        this.directory = directory;
        this.command = List.copyOf(command);
        this.endpoint = endpoint;
    }

    /** Runs one scenario by name and returns its outcome as {@code type}. */
    <T> T run(String scenario, Class<T> type) {
        List<String> invocation = new ArrayList<>(command);
        invocation.add(endpoint);
        invocation.add(scenario);
        String output = ExternalCommand.run(directory, invocation).strip();
        String document = output.substring(output.lastIndexOf('\n') + 1);
        try {
            JsonNode outcome = JSON.readTree(document);
            System.out.println(scenario + " ran with " + outcome.path("client"));
            return JSON.treeToValue(outcome, type);
        } catch (IOException e) {
            throw new UncheckedIOException("not a JSON outcome from " + scenario + ": " + output, e);
        }
    }

    @Override
    public StandardQueue sqsStandard() {
        return run("sqs-standard", StandardQueue.class);
    }

    @Override
    public FifoQueue sqsFifo() {
        return run("sqs-fifo", FifoQueue.class);
    }

    @Override
    public QueueAttributes sqsAttributes() {
        return run("sqs-attributes", QueueAttributes.class);
    }

    @Override
    public Batch sqsBatch() {
        return run("sqs-batch", Batch.class);
    }

    @Override
    public DeadLetter sqsDeadLetter() {
        return run("sqs-dead-letter", DeadLetter.class);
    }

    @Override
    public Fanout snsFanout() {
        return run("sns-fanout", Fanout.class);
    }

    @Override
    public Stream kinesisStream() {
        return run("kinesis-stream", Stream.class);
    }
}
