package dev.awsemulator.core.sns.filter;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** The filter-policy engine against the case table: every operator, both scopes, every limit and AWS's texts. */
class FilterPolicyTest {

    private static final List<FilterCase> CASES = FilterCases.load("/sns-filter/cases.txt");

    static List<FilterCase> cases() {
        return CASES;
    }

    /** Here the expected column holds the reason. */
    static List<FilterCase> reasons() {
        return FilterCases.load("/sns-filter/reasons.txt");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void filtersAsAws(FilterCase testCase) {
        if (testCase.expectsError()) {
            assertThatThrownBy(() -> FilterPolicy.parse(testCase.policy(), testCase.policyScope()))
                    .isInstanceOf(InvalidFilterPolicyException.class)
                    .hasMessage(testCase.expectedError());
            return;
        }
        FilterPolicy policy = FilterPolicy.parse(testCase.policy(), testCase.policyScope());
        MatchResult result = testCase.matchAgainst(policy);
        assertThat(result.matched()).as("matched, reason: %s", result.reason()).isEqualTo(testCase.expectsMatch());
        assertThat(result.reason() == null).as("reason present exactly when unmatched").isEqualTo(result.matched());
    }

    @Test
    void tableCoversAtLeastTwoHundredCasesInBothScopes() {
        assertThat(CASES).hasSizeGreaterThanOrEqualTo(200);
        assertThat(CASES).extracting(FilterCase::scope).contains("attr", "body");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("reasons")
    void reasonNamesTheKeyAndRuleThatFailed(FilterCase testCase) {
        FilterPolicy policy = FilterPolicy.parse(testCase.policy(), testCase.policyScope());

        MatchResult result = testCase.matchAgainst(policy);

        assertThat(result.matched()).isFalse();
        assertThat(result.reason()).isEqualTo(testCase.expected());
    }

    @Test
    void parameterMessageCarriesTheParameterNameAwsPutsBeforeTheText() {
        InvalidFilterPolicyException tooComplex = catchThrowableOfType(InvalidFilterPolicyException.class,
                () -> FilterPolicy.parse("{\"k\":[" + "1,".repeat(150) + "1]}", FilterPolicy.Scope.MESSAGE_BODY));
        InvalidFilterPolicyException nested = catchThrowableOfType(InvalidFilterPolicyException.class,
                () -> FilterPolicy.parse("{\"a\":{\"b\":[1]}}", FilterPolicy.Scope.MESSAGE_ATTRIBUTES));

        assertThat(tooComplex.parameterMessage()).isEqualTo("FilterPolicy: Filter policy is too complex");
        assertThat(nested.parameterMessage())
                .isEqualTo("Filter policy scope MessageAttributes does not support nested filter policy");
        assertThat(nested.getStackTrace()).isEmpty();
    }

    @Test
    void checksKeysUnderUnrelatedArraysIndependently() {
        // Keys under one array must agree on an element of it, keys under different arrays need not: a body with
        // two long arrays costs the sum of their lengths, not the product.
        String keys = "{\"k\":[\"1\"],\"v\":[\"x\"]}";
        FilterPolicy policy = FilterPolicy.parse("{\"a\":" + keys + ",\"b\":" + keys + "}",
                FilterPolicy.Scope.MESSAGE_BODY);
        String elements = "{\"k\":\"1\",\"v\":\"y\"},".repeat(20_000) + "{\"k\":\"2\",\"v\":\"x\"}";
        String body = "{\"a\":[" + elements + "],\"b\":[" + elements + "]}";

        MatchResult result = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> policy.matchBody(body));

        assertThat(result.reason()).isEqualTo(
                "keys 'a.k', 'a.v', 'b.k', 'b.v': each matches, but not in the same element of an array they share");
    }

    @Test
    void keepsItsScope() {
        assertThat(FilterPolicy.parse("{\"a\":[1]}", FilterPolicy.Scope.MESSAGE_BODY).scope())
                .isEqualTo(FilterPolicy.Scope.MESSAGE_BODY);
    }
}
