package dev.awsemulator.core.sns.filter;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Finds values for the keys of one alternative in a message body. A key's path is followed through nested
 * objects (a body key may hold several steps, "a.b", as AWS allows) and through arrays. Keys that pass through
 * the same array must match in the same element of it, as in AWS's matcher: a record with eventName
 * "ObjectCreated:Put" and key "home-1" does not combine with another record's key "auto-1".
 * <p>
 * The walk carries all keys down together and splits them at each object by the field they continue in; keys
 * in different fields share no array below, so they are checked independently, and the work stays linear in
 * the size of the body instead of multiplying the sizes of unrelated arrays.
 */
final class BodySearch {

    /** A key and how much of its path lies behind: the next step starts at {@code offset}. */
    private record Step(KeyCondition condition, int offset) {
    }

    private BodySearch() {
    }

    static boolean matches(List<KeyCondition> alternative, JsonNode body) {
        List<Step> steps = new ArrayList<>(alternative.size());
        for (KeyCondition condition : alternative) {
            if (visitValues(condition, 0, body, null)) {
                steps.add(new Step(condition, 0));
            } else if (!condition.acceptsAbsent()) {
                // No value anywhere: only {"exists": false} accepts that (AWS asks about the whole body).
                return false;
            }
        }
        return allMatch(steps, body);
    }

    /** Every value the key has in the body, in any array element. */
    static List<JsonNode> values(KeyCondition condition, JsonNode body) {
        List<JsonNode> values = new ArrayList<>();
        visitValues(condition, 0, body, values);
        return values;
    }

    /** Whether all steps find an accepted value below this node, taking the same element of a shared array. */
    private static boolean allMatch(List<Step> steps, JsonNode node) {
        if (steps.isEmpty()) {
            return true;
        }
        if (node.isArray()) {
            for (JsonNode element : node) {
                if (allMatch(steps, element)) {
                    return true;
                }
            }
            return false;
        }
        if (!node.isObject()) {
            return false;
        }
        List<List<Map.Entry<String, JsonNode>>> candidates = new ArrayList<>(steps.size());
        for (Step step : steps) {
            List<Map.Entry<String, JsonNode>> fields = new ArrayList<>(1);
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                if (step.condition().keyMatchesAt(step.offset(), field.getKey())) {
                    fields.add(field);
                }
            }
            if (fields.isEmpty()) {
                return false;
            }
            candidates.add(fields);
        }
        return assign(steps, candidates, new ArrayList<>(steps.size()));
    }

    /**
     * Picks a field for each step; only a body with both "a" and "a.b" at one level offers a step two. Once
     * all are picked, the steps continuing in one field are checked together, each field on its own.
     */
    private static boolean assign(List<Step> steps, List<List<Map.Entry<String, JsonNode>>> candidates,
                                  List<Map.Entry<String, JsonNode>> chosen) {
        int next = chosen.size();
        if (next == steps.size()) {
            return allFieldsMatch(steps, chosen);
        }
        for (Map.Entry<String, JsonNode> field : candidates.get(next)) {
            chosen.add(field);
            boolean matched = assign(steps, candidates, chosen);
            chosen.remove(next);
            if (matched) {
                return true;
            }
        }
        return false;
    }

    private static boolean allFieldsMatch(List<Step> steps, List<Map.Entry<String, JsonNode>> chosen) {
        for (int i = 0; i < steps.size(); i++) {
            Map.Entry<String, JsonNode> field = chosen.get(i);
            if (chosen.indexOf(field) < i) {
                continue; // this field was checked with the first step that chose it
            }
            List<Step> continuing = new ArrayList<>();
            for (int j = i; j < steps.size(); j++) {
                if (chosen.get(j) != field) {
                    continue;
                }
                Step step = steps.get(j);
                int end = step.offset() + field.getKey().length();
                if (end < step.condition().path().length()) {
                    continuing.add(new Step(step.condition(), end + 1));
                } else if (!terminalAccepts(step.condition(), field.getValue())) {
                    return false;
                }
            }
            if (!allMatch(continuing, field.getValue())) {
                return false;
            }
        }
        return true;
    }

    /** The node a path ends at: a value, or an array whose values may match one by one; an object is not a
     * value (the docs: "exists" matching "only works on leaf nodes"). */
    private static boolean terminalAccepts(KeyCondition condition, JsonNode node) {
        if (node.isArray()) {
            for (JsonNode element : node) {
                if (terminalAccepts(condition, element)) {
                    return true;
                }
            }
            return false;
        }
        return node.isValueNode() && condition.accepts(node);
    }

    /**
     * Walks every value at the key's path. Without a sink it stops at the first value and answers whether there
     * is one; with a sink it collects them all.
     */
    private static boolean visitValues(KeyCondition condition, int offset, JsonNode node, List<JsonNode> sink) {
        if (node.isArray()) {
            for (JsonNode element : node) {
                if (visitValues(condition, offset, element, sink)) {
                    return true;
                }
            }
            return false;
        }
        if (offset > condition.path().length()) {
            // The path has ended here: a value counts, an object does not.
            return node.isValueNode() && (sink == null || !sink.add(node));
        }
        if (!node.isObject()) {
            return false;
        }
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            String key = field.getKey();
            if (condition.keyMatchesAt(offset, key) && visitValues(condition, offset + key.length() + 1,
                    field.getValue(), sink)) {
                return true;
            }
        }
        return false;
    }
}
