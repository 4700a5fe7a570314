package dev.awsemulator.server.recordings;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import software.amazon.awssdk.awscore.AwsResponse;
import software.amazon.awssdk.awscore.exception.AwsServiceException;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One recorded test replayed: each call's response (or error) is compared with the response recorded under
 * the same name, and at the end every recorded response must have been compared (or left out with a reason)
 * and none may differ.
 */
final class Replay {

    private final String test;
    private final JsonNode recorded;
    private final RawResponseCapture capture;
    private final RecordedMatch match = new RecordedMatch();
    private final Set<String> compared = new LinkedHashSet<>();
    private final Map<String, String> leftOut = new LinkedHashMap<>();
    private final Map<String, String> replacedMembers = new LinkedHashMap<>();

    Replay(AwsRecordings recordings, String test, RawResponseCapture capture) {
        this.test = test;
        this.recorded = recordings.responses(test);
        this.capture = capture;
    }

    /**
     * Replaces every value of a member as the recording's own test did (LocalStack's key-value transformer),
     * for values such as hash keys or timestamps that it recorded as a fixed word.
     */
    Replay replacingMember(String member, String recordedAs) {
        replacedMembers.put(member, recordedAs);
        return this;
    }

    /** Calls AWS's operation; its response, or its error, is compared with the one recorded as {@code name}. */
    <T extends AwsResponse> T call(String name, Supplier<T> call) {
        try {
            T response = call.get();
            compare(name, Boto3View.ofResponse(response));
            return response;
        } catch (AwsServiceException e) {
            compare(name, Boto3View.ofError(e, capture.last()));
            return null;
        }
    }

    /** Compares a part of a response (a member, a list of records) with the value recorded as {@code name}. */
    void value(String name, Object value) {
        compare(name, Boto3View.of(value));
    }

    /** A recorded response that is not replayed, with the reason. */
    void leaveOut(String name, String reason) {
        leftOut.put(name, reason);
    }

    void assertMatchesRecording() {
        List<String> problems = new ArrayList<>(match.differences());
        recorded.fieldNames().forEachRemaining(name -> {
            if (!compared.contains(name) && !leftOut.containsKey(name)) {
                problems.add(name + ": recorded, not replayed");
            }
        });
        assertThat(problems).as("differences from the recording of %s", test).isEmpty();
    }

    private void compare(String name, JsonNode actual) {
        JsonNode expected = recorded.get(name);
        if (expected == null) {
            throw new IllegalArgumentException(test + " recorded nothing as " + name);
        }
        compared.add(name);
        replaceMembers(actual);
        match.compare(name, expected, actual);
    }

    private void replaceMembers(JsonNode node) {
        if (node instanceof ObjectNode object) {
            replacedMembers.forEach((member, word) -> {
                if (object.has(member)) {
                    object.put(member, word);
                }
            });
        }
        node.forEach(this::replaceMembers);
    }
}
