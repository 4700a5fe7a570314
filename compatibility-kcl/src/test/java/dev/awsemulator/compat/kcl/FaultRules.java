package dev.awsemulator.compat.kcl;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** The dev server's fault rules, through {@code /_emulator/faults}, as a test in any language would use them. */
final class FaultRules {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newHttpClient();
    private final URI faults;

    FaultRules(URI endpoint) {
        this.faults = endpoint.resolve("/_emulator/faults");
    }

    /** Adds the rule {@code json} describes; returns its id. */
    String add(String json) throws IOException, InterruptedException {
        HttpResponse<String> added = http.send(HttpRequest.newBuilder(faults)
                .POST(HttpRequest.BodyPublishers.ofString(json)).header("Content-Type", "application/json").build(),
                HttpResponse.BodyHandlers.ofString());
        if (added.statusCode() != 201) {
            throw new IllegalStateException("the rule was refused: " + added.body());
        }
        return JSON.readTree(added.body()).get("id").asText();
    }

    /** How many calls the rule with this id has acted on. */
    int hits(String id) throws IOException, InterruptedException {
        HttpResponse<String> listed = http.send(HttpRequest.newBuilder(faults).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        for (JsonNode rule : JSON.readTree(listed.body()).get("faults")) {
            if (rule.get("id").asText().equals(id)) {
                return rule.get("hits").asInt();
            }
        }
        throw new IllegalStateException("no fault rule " + id + " in " + listed.body());
    }
}
