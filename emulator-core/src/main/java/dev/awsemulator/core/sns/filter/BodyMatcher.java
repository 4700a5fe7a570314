package dev.awsemulator.core.sns.filter;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A policy in the MessageBody scope against the published message. The docs: such policies "assume that the
 * message payload is a well-formed JSON object", so any other body matches nothing.
 */
final class BodyMatcher implements Alternatives {

    private final JsonNode body;

    private BodyMatcher(JsonNode body) {
        this.body = body;
    }

    static MatchResult match(List<List<KeyCondition>> alternatives, MessageBody body) {
        JsonNode parsed = body.object();
        if (parsed == null) {
            return MatchResult.unmatched("the message body is not a JSON object");
        }
        return new BodyMatcher(parsed).match(alternatives);
    }

    @Override
    public boolean matches(List<KeyCondition> alternative) {
        return BodySearch.matches(alternative, body);
    }

    @Override
    public String explain(List<KeyCondition> alternative) {
        for (KeyCondition condition : alternative) {
            if (!BodySearch.matches(List.of(condition), body)) {
                String values = BodySearch.values(condition, body).stream().map(JsonNode::toString)
                        .collect(Collectors.joining(", "));
                return condition.describe(values.isEmpty() ? "the message body has no value there"
                        : "no rule matched " + values);
            }
        }
        String keys = alternative.stream().map(condition -> "'" + condition.path() + "'")
                .collect(Collectors.joining(", "));
        return "keys " + keys + ": each matches, but not in the same element of an array they share";
    }
}
