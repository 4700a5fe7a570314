package dev.awsemulator.core.sns.filter;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A subscription's filter policy, parsed and validated once, when it is set, into compiled rules (numbers as
 * fixed-point bounds, CIDRs as address ranges, no regexes), so that matching a message only walks them.
 * Semantics and limits follow the AWS SNS docs "Amazon SNS message filtering"; the validation texts are AWS's
 * (see {@link PolicyMessages} for their sources).
 */
public final class FilterPolicy {

    /** The subscription attribute FilterPolicyScope: MessageAttributes (the default) or MessageBody. */
    public enum Scope { MESSAGE_ATTRIBUTES, MESSAGE_BODY }

    private final Scope scope;
    private final List<List<KeyCondition>> alternatives;

    private FilterPolicy(Scope scope, List<List<KeyCondition>> alternatives) {
        this.scope = scope;
        this.alternatives = alternatives;
    }

    /**
     * Parses and validates a policy. The empty object {} filters nothing; an empty attribute value, which
     * removes a subscription's policy, is the caller's to handle.
     *
     * @throws InvalidFilterPolicyException with AWS's text that follows "Invalid parameter: FilterPolicy: "
     */
    public static FilterPolicy parse(String json, Scope scope) {
        Objects.requireNonNull(scope, "scope");
        JsonNode root = PolicyJson.readPolicy(json);
        PolicyCompiler compiler = new PolicyCompiler();
        PolicyObject compiled = compiler.compile(root);
        if (scope == Scope.MESSAGE_ATTRIBUTES && compiler.sawNestedObject()) {
            throw InvalidFilterPolicyException.ofScope(PolicyMessages.NESTED_IN_ATTRIBUTE_SCOPE);
        }
        PolicyLimits.checkComplexity(compiled);
        List<List<KeyCondition>> alternatives = compiled.alternatives();
        PolicyLimits.checkKeys(alternatives);
        return new FilterPolicy(scope, alternatives);
    }

    public Scope scope() {
        return scope;
    }

    /**
     * @param attributes message attribute name to data type and value; DataType is "String", "Number",
     *                   "Binary" or "String.Array", optionally with a custom suffix like "Number.float"
     */
    public MatchResult matchAttributes(Map<String, FilterAttribute> attributes) {
        return filtersNothing() ? MatchResult.MATCHED : AttributeMatcher.match(alternatives, attributes);
    }

    /** The published message; a body that is not a JSON object matches nothing. */
    public MatchResult matchBody(String body) {
        return matchBody(MessageBody.parse(body));
    }

    /** The same, for a body already parsed once for all of a topic's subscriptions. */
    public MatchResult matchBody(MessageBody body) {
        return filtersNothing() ? MatchResult.MATCHED : BodyMatcher.match(alternatives, body);
    }

    private boolean filtersNothing() {
        return alternatives.size() == 1 && alternatives.get(0).isEmpty();
    }
}
