package dev.awsemulator.server.recordings;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * Responses recorded on real AWS by LocalStack's test suite (its {@code *.snapshot.json} files, Apache-2.0), as
 * kept under {@code aws-recordings/} with their origin in that folder's README. Each recorded test holds its
 * responses by the name the test gave them.
 */
final class AwsRecordings {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String file;
    private final JsonNode tests;

    private AwsRecordings(String file, JsonNode tests) {
        this.file = file;
        this.tests = tests;
    }

    /** The recordings of one snapshot file, {@code sns.snapshot.json} for example. */
    static AwsRecordings load(String file) {
        try (InputStream in = AwsRecordings.class.getResourceAsStream("/aws-recordings/" + file)) {
            if (in == null) {
                throw new IllegalArgumentException("no recordings named " + file);
            }
            return new AwsRecordings(file, JSON.readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The responses recorded by the test {@code Class::test_name} (a parametrised test with its brackets). */
    JsonNode responses(String test) {
        for (Map.Entry<String, JsonNode> entry : tests.properties()) {
            if (entry.getKey().endsWith("::" + test)) {
                return entry.getValue().get("recorded-content");
            }
        }
        throw new IllegalArgumentException(file + " holds no recording of " + test);
    }
}
